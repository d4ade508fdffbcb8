namespace ApecGraph.Neo4j.Import;

/// <summary>How much one transaction of an import holds. Each batch is its own transaction, so these bound the memory
/// of both sides whatever the graph's size.</summary>
public sealed record ImportOptions
{
    public const int DefaultEntityBatch = 5_000, DefaultRelationBatch = 10_000, DefaultDeleteBatch = 10_000;

    /// <summary>Entity rows per transaction.</summary>
    public int EntityBatch { get; init; } = DefaultEntityBatch;

    /// <summary>Relation rows per transaction.</summary>
    public int RelationBatch { get; init; } = DefaultRelationBatch;

    /// <summary>Relationships (and a tenth as many nodes) deleted per transaction when an old generation goes.</summary>
    public int DeleteBatch { get; init; } = DefaultDeleteBatch;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(EntityBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RelationBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(DeleteBatch, 10);
    }
}
