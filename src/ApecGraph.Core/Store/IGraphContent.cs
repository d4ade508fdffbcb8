using ApecGraph.Core.Model;

namespace ApecGraph.Core.Store;

/// <summary>
/// A validated graph as a stream, for writers that must not hold it whole (the Neo4j import, the neo4j-admin export):
/// its counts and version up front, then its entities and relations, each enumeration reading them anew.
/// </summary>
public interface IGraphContent
{
    /// <summary>The <see cref="GraphVersion"/> of the graph.</summary>
    string Version { get; }

    int EntityCount { get; }

    int RelationCount { get; }

    /// <summary>The entities per kind, every kind in enum order (zero for a kind the graph lacks).</summary>
    IReadOnlyList<KindCount> EntitiesByKind { get; }

    IEnumerable<Entity> Entities { get; }

    IEnumerable<Relation> Relations { get; }

    /// <summary>A document's source text, or null when it has none (or <paramref name="entityId"/> is no document).</summary>
    string? DocumentText(string entityId);
}

/// <summary>A loaded <see cref="KnowledgeGraph"/> as <see cref="IGraphContent"/>.</summary>
public sealed class KnowledgeGraphContent(KnowledgeGraph graph) : IGraphContent
{
    private readonly GraphInfo info = GraphInfo.Of(graph, DateTimeOffset.UnixEpoch);

    public string Version => info.Version;

    public int EntityCount => info.Entities;

    public int RelationCount => info.Relations;

    public IReadOnlyList<KindCount> EntitiesByKind => info.EntitiesByKind;

    public IEnumerable<Entity> Entities => graph.Entities;

    public IEnumerable<Relation> Relations => graph.Relations;

    public string? DocumentText(string entityId) => graph.DocumentTexts.GetValueOrDefault(entityId);
}
