using ApecGraph.Core.Loading;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class GraphSourcesTests
{
    [Fact]
    public void Locate_walks_up_to_the_first_folder_with_both_graph_seeds_and_seeds()
    {
        using var graph = new TempGraph();
        var deep = Directory.CreateDirectory(Path.Combine(graph.Root, "src", "a", "b")).FullName;

        var sources = GraphSources.Locate(deep);

        Assert.NotNull(sources);
        Assert.Equal(Path.GetFullPath(graph.GraphSeeds), sources.GraphSeedsDirectory);
        Assert.Equal(Path.GetFullPath(graph.Seeds), sources.SourcesDirectory);
        Assert.Equal("graph-seeds/x.yaml", sources.Display(Path.Combine(graph.GraphSeeds, "x.yaml")));
    }

    [Fact]
    public void Locate_needs_both_folders()
    {
        using var graph = new TempGraph();
        Directory.Delete(graph.Seeds, recursive: true);
        var inner = Directory.CreateDirectory(Path.Combine(graph.GraphSeeds, "inner")).FullName;

        // whatever lies above the temp folder, the half-made layout itself is not picked
        Assert.NotEqual(Path.GetFullPath(graph.GraphSeeds), GraphSources.Locate(inner)?.GraphSeedsDirectory);
    }

    [Fact]
    public void Locate_without_a_start_finds_the_repository_from_the_test_binaries()
    {
        var sources = GraphSources.Locate();

        Assert.NotNull(sources);
        Assert.True(File.Exists(Path.Combine(sources.DisplayRoot, "ApecGraph.sln")));
    }

    [Fact]
    public void By_default_paths_show_relative_to_the_parent_of_graph_seeds()
    {
        using var graph = new TempGraph();
        var sources = new GraphSources(graph.GraphSeeds, graph.Seeds);

        Assert.Equal("graph-seeds/people.yaml", sources.Display(Path.Combine(graph.GraphSeeds, "people.yaml")));
    }
}
