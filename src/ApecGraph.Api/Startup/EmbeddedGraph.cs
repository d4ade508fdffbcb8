using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;

namespace ApecGraph.Api.Startup;

/// <summary>Loads and validates graph-seeds/ for the embedded store; refuses an invalid graph with the full report.</summary>
public static class EmbeddedGraph
{
    public static KnowledgeGraph Load(GraphStoreOptions options, ILogger logger)
    {
        var sources = Sources(options);
        var result = GraphLoader.Load(sources);
        if (!result.IsValid)
            throw new InvalidGraphException(sources.GraphSeedsDirectory, result.Problems);
        logger.LogInformation("Loaded {Entities} entities and {Relations} relations from {Folder}",
            result.Graph!.Entities.Count, result.Graph.Relations.Count, sources.GraphSeedsDirectory);
        return result.Graph;
    }

    private static GraphSources Sources(GraphStoreOptions options) =>
        GraphSources.FromGiven(options.GraphSeedsPath, options.SourcesPath)
        ?? GraphSources.Locate()
        ?? throw new InvalidOperationException(
            $"No graph-seeds/ and seeds/ folders found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}. " +
            $"Run from the repository, or set {GraphStoreOptions.Section}__{nameof(GraphStoreOptions.GraphSeedsPath)}.");
}

/// <summary>The graph in graph-seeds/ has problems; the message lists every one.</summary>
public sealed class InvalidGraphException(string folder, IReadOnlyList<GraphProblem> problems)
    : Exception($"The graph in {folder} is invalid ({problems.Count} problems); the API will not start on it:{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<GraphProblem> Problems { get; } = problems;
}
