using ApecGraph.Core.Loading;
using ApecGraph.Core.Snapshot;
using ApecGraph.Core.Store;

namespace ApecGraph.Cli;

/// <summary>Where <c>import</c> and <c>export --format neo4j-admin</c> take the graph from: graph-seeds/ (loaded and
/// validated), or a snapshot written by <c>compile</c> (<c>--snapshot</c>), read as columns rather than records.</summary>
public static class GraphContentSource
{
    public const string Snapshot = "--snapshot";

    public const string Usage =
        "  --snapshot <file> a snapshot written by `compile` (validated then) instead of graph-seeds/: the graph is read as\n"
        + "                    columns, not records (the generator's 1M-entity graph: about 1.3 GB instead of about 9 GB)";

    /// <summary>The graph to write: the snapshot of <c>--snapshot</c>, else graph-seeds/ loaded and validated (its problems
    /// and <paramref name="nothing"/> printed, and null, when it has any).</summary>
    public static IGraphContent? Content(CliArguments arguments, TextWriter output, string nothing)
    {
        if (arguments[Snapshot] is not null)
        {
            if (Read(arguments, output, nothing) is not { } snapshot) return null;
            output.WriteLine($"snapshot {arguments[Snapshot]}: {snapshot.EntityCount:N0} entities, {snapshot.RelationCount:N0} relations, graph version {snapshot.Version}");
            return snapshot.AsContent();
        }
        var load = GraphLoader.Load(GraphSourceOptions.Resolve(arguments));
        if (!load.IsValid)
        {
            foreach (var problem in load.Problems)
                output.WriteLine(problem);
            output.WriteLine(ValidateCommand.ReportSummary(load));
            output.WriteLine(nothing);
            return null;
        }
        output.WriteLine(ValidateCommand.ReportSummary(load));
        return new KnowledgeGraphContent(load.Graph!);
    }

    /// <summary>An embedded store over the snapshot of <c>--snapshot</c>; null (after saying why and
    /// <paramref name="nothing"/>) when it cannot be read.</summary>
    public static Core.Embedded.EmbeddedGraphStore? Store(CliArguments arguments, TextWriter output, string nothing) =>
        Read(arguments, output, nothing)?.ToStore();

    // The snapshot of --snapshot (which names the whole graph, so neither --graph nor --sources may come with it), or
    // null after saying why it cannot be read.
    private static GraphSnapshot? Read(CliArguments arguments, TextWriter output, string nothing)
    {
        if (arguments[GraphSourceOptions.Graph] is not null || arguments[GraphSourceOptions.Sources] is not null)
            throw new UsageException($"{Snapshot} is the whole graph: give it without {GraphSourceOptions.Graph} or {GraphSourceOptions.Sources}");
        var path = arguments[Snapshot]!;
        try
        {
            return GraphSnapshot.Read(path);
        }
        catch (Exception e) when (e is SnapshotFormatException or IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"{path}: {e.Message}");
            output.WriteLine(nothing);
            return null;
        }
    }
}
