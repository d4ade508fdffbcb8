using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>The repository's graph-seeds/, loaded once.</summary>
internal static class RepositoryGraph
{
    private static readonly Lazy<(GraphSources Sources, KnowledgeGraph Graph)> Loaded = new(() =>
    {
        var sources = GraphSources.Locate(AppContext.BaseDirectory) ?? throw new InvalidOperationException("graph-seeds/ not found above the test folder");
        var result = GraphLoader.Load(sources);
        return (sources, result.Graph ?? throw new InvalidOperationException("the repository graph is invalid:\n" + string.Join("\n", result.Problems)));
    });

    public static GraphSources Sources => Loaded.Value.Sources;

    public static KnowledgeGraph Graph => Loaded.Value.Graph;
}
