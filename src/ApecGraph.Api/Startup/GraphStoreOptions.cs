namespace ApecGraph.Api.Startup;

/// <summary>Which graph store serves the API (section <c>GraphStore</c>, e.g. env <c>GraphStore__Kind</c>).</summary>
public sealed class GraphStoreOptions
{
    public const string Section = "GraphStore";

    /// <summary><c>Embedded</c> (default): the graph from graph-seeds/, in memory.</summary>
    public GraphStoreKind Kind { get; set; } = GraphStoreKind.Embedded;

    /// <summary>The graph-seeds/ folder; by default found by walking up from the app's folder.</summary>
    public string? GraphSeedsPath { get; set; }

    /// <summary>The seeds/ folder of source texts; by default the <c>seeds</c> folder beside graph-seeds/.</summary>
    public string? SourcesPath { get; set; }
}

public enum GraphStoreKind { Embedded }
