using ApecGraph.Core.Model;

namespace ApecGraph.Core.Store;

/// <summary>
/// What a store says about the graph it serves: its <see cref="GraphVersion"/>, when it was loaded (the embedded store)
/// or imported (Neo4j), and its counts.
/// </summary>
/// <param name="Version">The graph's <see cref="GraphVersion.Of"/>.</param>
/// <param name="LoadedAt">When the embedded store loaded it, or when the import that wrote it into Neo4j ran.</param>
/// <param name="Entities">Entities in the graph.</param>
/// <param name="Relations">Relations in the graph, the derived MENTIONS included.</param>
/// <param name="EntitiesByKind">Every <see cref="EntityKind"/>, in enum order, with its number of entities (0 where none).</param>
public sealed record GraphInfo(string Version, DateTimeOffset LoadedAt, int Entities, int Relations, IReadOnlyList<KindCount> EntitiesByKind)
{
    /// <summary>The info of <paramref name="graph"/>, loaded at <paramref name="loadedAt"/>.</summary>
    public static GraphInfo Of(KnowledgeGraph graph, DateTimeOffset loadedAt)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var byKind = graph.Entities.CountBy(e => e.Kind).ToDictionary();
        return new GraphInfo(GraphVersion.Of(graph), loadedAt.ToUniversalTime(), graph.Entities.Count, graph.Relations.Count,
            [.. Enum.GetValues<EntityKind>().Select(k => new KindCount(k, byKind.GetValueOrDefault(k)))]);
    }
}

public sealed record KindCount(EntityKind Kind, int Count);
