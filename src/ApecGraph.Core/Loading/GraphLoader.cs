namespace ApecGraph.Core.Loading;

/// <summary>Loads graph-seeds/: reads every YAML file, validates everything against seeds/, and builds the graph.</summary>
public static class GraphLoader
{
    private const string FolderSubject = "(folder)";

    /// <summary>
    /// Reads every <c>*.yaml</c> file of <see cref="GraphSources.GraphSeedsDirectory"/> in name order and checks it all.
    /// Never throws on bad content: bad YAML, wrong shapes and broken facts are all returned as problems.
    /// </summary>
    public static LoadResult Load(GraphSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new List<GraphProblem>();
        if (!Directory.Exists(sources.SourcesDirectory))
        {
            problems.Add(new GraphProblem(sources.Display(sources.SourcesDirectory), FolderSubject, "source-text folder not found"));
        }
        if (!Directory.Exists(sources.GraphSeedsDirectory))
        {
            problems.Add(new GraphProblem(sources.Display(sources.GraphSeedsDirectory), FolderSubject, "graph-seeds folder not found"));
            return new LoadResult(null, problems);
        }

        var files = Directory.EnumerateFiles(sources.GraphSeedsDirectory)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var displayFiles = files.Select(sources.Display).ToList();
        if (files.Count == 0)
        {
            problems.Add(new GraphProblem(sources.Display(sources.GraphSeedsDirectory), FolderSubject, "no *.yaml files"));
        }
        foreach (var stray in Directory.EnumerateFiles(sources.GraphSeedsDirectory, "*.yml").Order(StringComparer.Ordinal))
        {
            problems.Add(new GraphProblem(sources.Display(stray), "(file)", "not read: graph-seeds files must end in .yaml"));
        }

        var entities = new List<RawEntity>();
        var relations = new List<RawRelation>();
        for (var i = 0; i < files.Count; i++)
        {
            SeedFileReader.Read(files[i], displayFiles[i], entities, relations, problems);
        }
        var seeds = new RawSeeds(entities, relations);
        var texts = new SourceTexts(sources.SourcesDirectory);
        problems.AddRange(GraphValidator.Validate(seeds, texts));

        var ordered = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ToList();
        var graph = ordered.Count == 0 ? GraphBuilder.Build(seeds, texts) : null;
        return new LoadResult(graph, ordered) { Files = displayFiles };
    }
}
