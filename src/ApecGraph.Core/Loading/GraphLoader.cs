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

        var seeds = ReadAll(files, displayFiles, problems);
        var texts = new SourceTexts(sources.SourcesDirectory);
        problems.AddRange(GraphValidator.Validate(seeds, texts));

        var ordered = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ToList();
        var graph = ordered.Count == 0 ? GraphBuilder.Build(seeds, texts) : null;
        return new LoadResult(graph, ordered) { Files = displayFiles };
    }

    // Files are parsed in parallel (YAML parsing is most of the load at scale) and merged in name order, so records,
    // problems and "first defined at" are as if read one after the other.
    private static RawSeeds ReadAll(List<string> files, List<string> displayFiles, List<GraphProblem> problems)
    {
        var parts = new (List<RawEntity> Entities, List<RawRelation> Relations, List<GraphProblem> Problems)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            parts[i] = ([], [], []);
            SeedFileReader.Read(files[i], displayFiles[i], parts[i].Entities, parts[i].Relations, parts[i].Problems);
        });
        var entities = new List<RawEntity>(parts.Sum(p => p.Entities.Count));
        var relations = new List<RawRelation>(parts.Sum(p => p.Relations.Count));
        foreach (var part in parts)
        {
            entities.AddRange(part.Entities);
            relations.AddRange(part.Relations);
            problems.AddRange(part.Problems);
        }
        return new RawSeeds(entities, relations);
    }
}
