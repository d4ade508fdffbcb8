using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>The outcome of loading graph-seeds/: the graph when it is valid, and every problem found.</summary>
/// <param name="Graph">The graph with derived MENTIONS; null when there is any problem.</param>
/// <param name="Problems">All problems, ordered by file and line.</param>
public sealed record LoadResult(KnowledgeGraph? Graph, IReadOnlyList<GraphProblem> Problems)
{
    /// <summary>Files read, in name order (display paths).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public bool IsValid => Graph is not null && Problems.Count == 0;
}
