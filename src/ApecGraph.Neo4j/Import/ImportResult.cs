namespace ApecGraph.Neo4j.Import;

/// <summary>What an import left in Neo4j: the counts stored after it, and what it removed.</summary>
public sealed record ImportResult(int Entities, int Relations, int RemovedEntities, int RemovedRelations)
{
    public override string ToString() =>
        $"imported {Entities} entities, {Relations} relations; removed {RemovedEntities} entities, {RemovedRelations} relations";
}
