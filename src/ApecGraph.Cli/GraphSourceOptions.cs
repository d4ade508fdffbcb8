using ApecGraph.Core.Loading;

namespace ApecGraph.Cli;

/// <summary>The <c>--graph</c> and <c>--sources</c> options that every command reading graph-seeds shares.</summary>
public static class GraphSourceOptions
{
    public const string Graph = "--graph";
    public const string Sources = "--sources";

    public static string Usage =>
        "  --graph <dir>     the graph-seeds folder (default: found from the current directory upward)\n"
        + "  --sources <dir>   the source-text folder (default: seeds/ next to the graph-seeds folder)";

    /// <summary>The folders to read: as given (a missing one beside the other), else found from the current directory up.</summary>
    public static GraphSources Resolve(CliArguments arguments) =>
        GraphSources.FromGiven(arguments[Graph], arguments[Sources])
        ?? GraphSources.Locate(Directory.GetCurrentDirectory())
        ?? throw new UsageException(
            $"no folder with both {GraphSources.GraphSeedsFolderName}/ and {GraphSources.SourcesFolderName}/ found from {Directory.GetCurrentDirectory()} upward; give --graph and --sources");
}
