namespace ApecGraph.Neo4j.Import;

/// <summary>What an import left in Neo4j: the counts stored after it, and what it removed.</summary>
public sealed record ImportResult(int Entities, int Relations, int RemovedEntities, int RemovedRelations)
{
    /// <summary>The <see cref="Core.Model.GraphVersion"/> of the graph imported, as written to the <c>:GraphInfo</c> node.</summary>
    public string? Version { get; init; }

    public override string ToString() =>
        $"imported {Entities} entities, {Relations} relations; removed {RemovedEntities} entities, {RemovedRelations} relations"
        + (Version is null ? "" : $"; graph version {Version}");
}
