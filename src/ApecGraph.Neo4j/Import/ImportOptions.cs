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

    /// <summary>The most characters of text (document texts, quotes, descriptions) one transaction carries, about a byte
    /// each: a batch closes at <see cref="EntityBatch"/> rows or at this, whichever comes first, so that 5,000 long
    /// documents do not make a 40 MB request.</summary>
    public int BatchChars { get; init; } = DefaultBatchChars;

    public const int DefaultBatchChars = 8_000_000;

    /// <summary>Relationships (and a tenth as many nodes) deleted per transaction when an old generation goes.</summary>
    public int DeleteBatch { get; init; } = DefaultDeleteBatch;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(EntityBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RelationBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(DeleteBatch, 10);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchChars, 1);
    }
}
