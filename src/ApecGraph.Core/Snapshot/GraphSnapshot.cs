using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Snapshot;

/// <summary>
/// A compiled graph: the whole graph in a binary file (format: <see cref="SnapshotLayout"/>) that loads in one sequential
/// read, without YAML parsing or validation. Write one from a validated graph (<c>ApecGraph.Cli compile</c>); read it to
/// serve it (<see cref="ToStore"/>) or to stream its records (<see cref="Entities"/>, <see cref="Relations"/>).
/// </summary>
public sealed class GraphSnapshot
{
    private readonly CompactGraph graph;

    private GraphSnapshot(CompactGraph graph, string version) => (this.graph, Version) = (graph, version);

    /// <summary>The format version this build writes and reads; a file of another version is refused.</summary>
    public static int FormatVersion => SnapshotLayout.FormatVersion;

    /// <summary>The graph's version (<see cref="GraphVersion"/>), as computed from the graph it was compiled from.</summary>
    public string Version { get; }

    public int EntityCount => graph.EntityCount;

    /// <summary>Every entity's id, in id order (ordinal).</summary>
    public IReadOnlyList<string> EntityIds => graph.EntityIds;
    public int RelationCount => graph.RelationCount;

    /// <summary>Writes <paramref name="source"/> (consistent, as <see cref="Loading.GraphLoader"/> returns it) to
    /// <paramref name="path"/>, through a temporary file beside it, so that a failed write leaves no partial snapshot.</summary>
    public static void Write(KnowledgeGraph source, string path)
    {
        ArgumentNullException.ThrowIfNull(source);
        var compact = CompactGraphBuilder.Build(source);
        var partial = path + ".partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                SnapshotWriter.Write(compact, GraphVersion.Of(source), file);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Reads the snapshot at <paramref name="path"/>.</summary>
    /// <exception cref="SnapshotFormatException">The file is not a snapshot, is of another format version, is truncated or corrupt.</exception>
    public static GraphSnapshot Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var (graph, version) = SnapshotReader.Read(file);
        return new GraphSnapshot(graph, version);
    }

    /// <summary>The graph as a stream of records for writers that must not hold it as records (the Neo4j import, the
    /// neo4j-admin export): the columns stay as read, and each entity or relation is made when enumerated.</summary>
    public IGraphContent AsContent() => new Content(this);

    private sealed class Content(GraphSnapshot snapshot) : IGraphContent
    {
        public string Version => snapshot.Version;

        public int EntityCount => snapshot.EntityCount;

        public int RelationCount => snapshot.RelationCount;

        public IReadOnlyList<KindCount> EntitiesByKind { get; } =
            [.. Enum.GetValues<EntityKind>().Select(k => new KindCount(k, snapshot.graph.Kinds.Count(b => b == (byte)k)))];

        public IEnumerable<Entity> Entities => snapshot.Entities();

        public IEnumerable<Relation> Relations => snapshot.Relations();

        public string? DocumentText(string entityId) =>
            snapshot.graph.FindDocument(entityId) is var document and >= 0 ? snapshot.graph.DocumentText(document) : null;
    }

    /// <summary>An embedded store over this graph (sharing its columns).</summary>
    public EmbeddedGraphStore ToStore(DateTimeOffset? loadedAt = null) => new(graph, Version, loadedAt);

    /// <summary>Every entity, in id order, each made when enumerated.</summary>
    public IEnumerable<Entity> Entities() => graph.Entities();

    /// <summary>Every relation (derived MENTIONS included), in (type, id) order, each made when enumerated.</summary>
    public IEnumerable<Relation> Relations() => graph.Relations();

    /// <summary>Each document's source text, by document id (documents without one are absent).</summary>
    public IReadOnlyDictionary<string, string> DocumentTexts() =>
        Enumerable.Range(0, graph.DocumentIds.Length).Where(d => graph.DocumentTexts[d] is not null)
            .ToDictionary(d => graph.DocumentIds[d], d => graph.DocumentText(d)!, StringComparer.Ordinal);
}
