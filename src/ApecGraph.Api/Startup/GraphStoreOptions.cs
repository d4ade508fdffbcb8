namespace ApecGraph.Api.Startup;

/// <summary>Which graph store serves the API (section <c>GraphStore</c>, e.g. env <c>GraphStore__Kind</c>).</summary>
public sealed class GraphStoreOptions
{
    public const string Section = "GraphStore";

    /// <summary><c>Embedded</c> (default): the graph from graph-seeds/, in memory. <c>Neo4j</c>: the graph that
    /// <c>ApecGraph.Cli import</c> wrote into the Neo4j server of the <c>Neo4j</c> section (<c>Neo4j__Uri</c>, ...).</summary>
    public GraphStoreKind Kind { get; set; } = GraphStoreKind.Embedded;

    /// <summary>The graph-seeds/ folder (embedded store); by default found by walking up from the app's folder.</summary>
    public string? GraphSeedsPath { get; set; }

    /// <summary>A snapshot written by <c>ApecGraph.Cli compile</c> (embedded store): when set, the API serves it instead of
    /// reading and validating graph-seeds/ (which it then ignores), and refuses to start on a file that is missing, corrupt,
    /// truncated or of another format version.</summary>
    public string? Snapshot { get; set; }

    /// <summary>The seeds/ folder of source texts; by default the <c>seeds</c> folder beside graph-seeds/.</summary>
    public string? SourcesPath { get; set; }

    /// <summary>How often the API re-reads the graph's version from the store (so that a re-import into Neo4j is noticed
    /// without a restart); zero turns the re-reading off. The embedded store's graph never changes while it runs.</summary>
    public TimeSpan VersionRefresh { get; set; } = TimeSpan.FromSeconds(30);
}

public enum GraphStoreKind { Embedded, Neo4j }
