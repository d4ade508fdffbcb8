using ApecGraph.Core.Loading;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

/// <summary>The repository's own graph-seeds/ against its seeds/.</summary>
public sealed class RealGraphTests
{
    [Fact]
    public void The_repository_graph_loads_without_problems()
    {
        var result = GraphLoader.Load(RepositoryPaths.Sources);

        Assert.True(result.Problems.Count == 0, $"{result.Problems.Count} problems:\n{string.Join("\n", result.Problems)}");
        Assert.NotNull(result.Graph);
        Assert.NotEmpty(result.Graph.Entities);
    }

    [Fact]
    public void Every_quote_in_graph_seeds_occurs_in_its_cited_document()
    {
        var sources = RepositoryPaths.Sources;

        Assert.NotEmpty(QuoteAudit.Quotes(sources.GraphSeedsDirectory));
        var misses = QuoteAudit.Misses(sources.GraphSeedsDirectory, sources.SourcesDirectory);
        Assert.True(misses.Count == 0, $"{misses.Count} quotes not found:\n{string.Join("\n", misses)}");
    }

    [Fact]
    public void Altering_one_quote_in_a_copy_is_caught_by_both_checks()
    {
        using var copy = new TempGraph();
        CopyFolder(RepositoryPaths.Sources.GraphSeedsDirectory, copy.GraphSeeds);
        CopyFolder(RepositoryPaths.Sources.SourcesDirectory, copy.Seeds);
        var before = QuoteAudit.Misses(copy.GraphSeeds, copy.Seeds);

        var altered = QuoteAudit.AlterFirstQuote(copy.GraphSeeds, "ALTERED ");

        // compared with the copy as it was, so the test holds even while the curated graph has misses of its own
        var miss = Assert.Single(QuoteAudit.Misses(copy.GraphSeeds, copy.Seeds).Except(before));
        Assert.Contains("ALTERED " + altered.Text, miss, StringComparison.Ordinal);
        var problem = Assert.Single(copy.Load().Problems, p => p.Message.Contains("ALTERED ", StringComparison.Ordinal));
        Assert.StartsWith("quote not found", problem.Message, StringComparison.Ordinal);
        Assert.Equal($"graph-seeds/{Path.GetFileName(altered.File)}", problem.File);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
