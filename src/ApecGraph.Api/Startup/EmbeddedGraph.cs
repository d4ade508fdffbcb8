using System.Diagnostics;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Snapshot;

namespace ApecGraph.Api.Startup;

/// <summary>Loads and validates graph-seeds/ for the embedded store, or reads a compiled snapshot; refuses an invalid
/// graph with the full report and an unreadable snapshot with the reason.</summary>
public static class EmbeddedGraph
{
    /// <summary>The embedded store over <see cref="GraphStoreOptions.Snapshot"/> when set, else over graph-seeds/.</summary>
    public static EmbeddedGraphStore Open(GraphStoreOptions options, ILogger logger)
    {
        if (options.Snapshot is not { } path) return new EmbeddedGraphStore(Load(options, logger));
        var clock = Stopwatch.StartNew();
        GraphSnapshot snapshot;
        try
        {
            snapshot = GraphSnapshot.Read(path);
        }
        catch (Exception e) when (e is SnapshotFormatException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The graph snapshot {path} ({GraphStoreOptions.Section}__{nameof(GraphStoreOptions.Snapshot)}) cannot be served: {e.Message}. "
                + "Write it with `ApecGraph.Cli compile --out <file>`, or unset the setting to serve graph-seeds/.", e);
        }
        // Reading and indexing each leave garbage (the read buffers, the builders' arrays) in segments the GC keeps
        // committed: a compacting collection after each gives it back, before the next step and before the first request
        // (the 1M graph: peak 2.2 -> 2.0 GB, RSS when ready 2.2 -> 1.6 GB).
        Compact();
        var store = snapshot.ToStore();
        Compact();
        logger.LogInformation("Loaded {Entities} entities and {Relations} relations (graph {Version}) from the snapshot {Path} in {Seconds:F1} s",
            snapshot.EntityCount, snapshot.RelationCount, snapshot.Version, path, clock.Elapsed.TotalSeconds);
        return store;
    }

    private static void Compact()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

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
