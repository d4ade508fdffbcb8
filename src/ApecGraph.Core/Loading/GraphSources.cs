namespace ApecGraph.Core.Loading;

/// <summary>Where the graph comes from: the graph-seeds/ YAML folder and the seeds/ source-text folder.</summary>
/// <param name="GraphSeedsDirectory">Folder of <c>*.yaml</c> files (not recursive).</param>
/// <param name="SourcesDirectory">Folder of the source texts that evidence quotes.</param>
public sealed record GraphSources(string GraphSeedsDirectory, string SourcesDirectory)
{
    public const string GraphSeedsFolderName = "graph-seeds";
    public const string SourcesFolderName = "seeds";

    /// <summary>Folder that problem paths are made relative to; by default the parent of <see cref="GraphSeedsDirectory"/>
    /// (the repository root), so paths read <c>graph-seeds/people.yaml</c>.</summary>
    public string DisplayRoot { get; init; } =
        Path.GetDirectoryName(Path.GetFullPath(GraphSeedsDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        ?? Path.GetFullPath(GraphSeedsDirectory);

    /// <summary>The folders under a repository root: <c>root/graph-seeds</c> and <c>root/seeds</c>.</summary>
    public static GraphSources FromRoot(string root) =>
        new(Path.Combine(root, GraphSeedsFolderName), Path.Combine(root, SourcesFolderName)) { DisplayRoot = Path.GetFullPath(root) };

    /// <summary>The folders to read when one or both are given: a missing one is the other's sibling (graph-seeds/ beside
    /// seeds/ and the reverse). Null when neither is given.</summary>
    public static GraphSources? FromGiven(string? graphSeeds, string? sources)
    {
        if (graphSeeds is null && sources is null) return null;
        graphSeeds ??= Sibling(sources!, GraphSeedsFolderName);
        sources ??= Sibling(graphSeeds, SourcesFolderName);
        return new GraphSources(Path.GetFullPath(graphSeeds), Path.GetFullPath(sources));
    }

    private static string Sibling(string folder, string name) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd('/', '\\')) ?? ".", name);

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> (or, when null, from <see cref="AppContext.BaseDirectory"/> and then
    /// the current directory) to the first folder holding both graph-seeds/ and seeds/. Null when there is none.
    /// </summary>
    public static GraphSources? Locate(string? startDirectory = null)
    {
        string[] starts = startDirectory is null
            ? [AppContext.BaseDirectory, Directory.GetCurrentDirectory()]
            : [startDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, GraphSeedsFolderName))
                    && Directory.Exists(Path.Combine(dir.FullName, SourcesFolderName)))
                {
                    return FromRoot(dir.FullName);
                }
            }
        }
        return null;
    }

    /// <summary>A path as shown in problems: relative to <see cref="DisplayRoot"/> with forward slashes.</summary>
    public string Display(string path) => Path.GetRelativePath(DisplayRoot, path).Replace('\\', '/');
}
