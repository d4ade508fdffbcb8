using ApecGraph.Core.Loading;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class YamlReadingTests
{
    [Fact]
    public void Valid_files_load_into_a_graph_without_problems()
    {
        using var graph = TempGraph.WithValidBase();

        var result = graph.Load();

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.Equal(["document:release", "economy:malaysia", "meeting:vesom"], result.Graph!.Entities.Select(e => e.Id));
        var vesom = result.Graph.Entities.Single(e => e.Id == "meeting:vesom");
        Assert.Equal("2020-05-27", vesom.Property("startDate"));
        Assert.Equal(["VESOM"], vesom.Aliases);
        Assert.Contains(result.Graph.Relations, r => r.Id == "economy:malaysia|CHAIRED|meeting:vesom");
    }

    [Fact]
    public void Files_are_read_in_name_order_and_only_yaml()
    {
        using var graph = TempGraph.WithValidBase()
            .Write("b.yaml", "entities: []\n")
            .Write("a.yaml", "")
            .Write("notes.txt", "not yaml: [");

        var result = graph.Load();

        Assert.Empty(result.Problems);
        Assert.Equal(["graph-seeds/a.yaml", "graph-seeds/b.yaml", "graph-seeds/base.yaml"], result.Files);
    }

    [Fact]
    public void Bad_yaml_is_a_problem_with_file_and_line_not_an_exception()
    {
        using var graph = TempGraph.WithValidBase().Write("broken.yaml", "entities:\n  - id: topic:x\n    name: [unclosed\n");

        var problem = ProblemAssert.Single(graph.Load(), "graph-seeds/broken.yaml", "(file)", "invalid YAML");

        Assert.NotNull(problem.Line);
        Assert.DoesNotContain("(Line:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_shapes_are_problems_with_lines()
    {
        using var graph = TempGraph.WithValidBase().Write("shapes.yaml", """
            entities:
              - id: topic:x
                kind: TOPIC
                name: [a, list]
                aliases: VESOM
                colour: red
                evidence:
                  - doc: document:release
                    quote: Malaysia successfully chaired
              - just text
            things: []
            """);

        var result = graph.Load();

        Assert.Equal(6, result.Problems.Count);
        Assert.Equal(4, ProblemAssert.Has(result, "graph-seeds/shapes.yaml", "topic:x", "name must be a text").Line);
        ProblemAssert.Has(result, "graph-seeds/shapes.yaml", "topic:x", "entity has no name");
        Assert.Equal(5, ProblemAssert.Has(result, "graph-seeds/shapes.yaml", "topic:x", "aliases must be a list").Line);
        Assert.Equal(6, ProblemAssert.Has(result, "graph-seeds/shapes.yaml", "topic:x", "unknown field \"colour\"").Line);
        Assert.Equal(10, ProblemAssert.Has(result, "graph-seeds/shapes.yaml", "(file)", "must be a mapping").Line);
        Assert.Equal(11, ProblemAssert.Has(result, "graph-seeds/shapes.yaml", "(file)", "unknown top-level field \"things\"").Line);
    }

    [Fact]
    public void Missing_folders_and_empty_graph_seeds_are_problems()
    {
        using var graph = new TempGraph();
        Directory.Delete(graph.Seeds, recursive: true);

        var result = graph.Load();

        ProblemAssert.Has(result, "graph-seeds", "(folder)", "no *.yaml files");
        ProblemAssert.Has(result, "seeds", "(folder)", "source-text folder not found");
    }

    [Fact]
    public void Problem_to_string_reads_file_line_subject_message()
    {
        var problem = new GraphProblem("graph-seeds/people.yaml", "person:x", "quote not found in a.txt: \"q\"") { Line = 12 };

        Assert.Equal("graph-seeds/people.yaml:12: person:x: quote not found in a.txt: \"q\"", problem.ToString());
        Assert.Equal("graph-seeds: (folder): x", new GraphProblem("graph-seeds", "(folder)", "x").ToString());
    }
}
