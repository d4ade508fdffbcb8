using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Cli;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;

namespace ApecGraph.Api.Tests.Exports;

/// <summary><c>ApecGraph.Cli export</c> in-process on graph-seeds/, its files read back by the same real readers as the
/// HTTP exports, compared with the graph as Core's loader reads it (counts, version by <see cref="GraphVersion"/>).</summary>
public sealed class CliExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("apecgraph-export-").FullName;
    private static KnowledgeGraph Graph => ExportFixtures.RepositoryGraph;
    private static string Seeds => GraphSources.Locate()!.GraphSeedsDirectory;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Csv_writes_nodes_edges_and_the_version_into_the_folder()
    {
        var (exit, output, _) = Run("export", "--format", "csv", "--out", folder, "--graph", Seeds);

        Assert.True(exit == ExitCodes.Ok, output);
        Assert.Equal(GraphVersion.Of(Graph) + "\n", File.ReadAllText(Path.Combine(folder, ExportCommand.VersionFile)));
        var read = ExportReaders.Read("csv", Path.Combine(folder, "nodes.csv"), Path.Combine(folder, "edges.csv"));
        Assert.Equal((Graph.Entities.Count, Graph.Relations.Count), (read.GetProperty("nodes").GetInt32(), read.GetProperty("edges").GetInt32()));
        Assert.Equal(ExportFixtures.Quotes(Graph).Order(), ExportFixtures.Quotes(read).Order());
    }

    [Fact]
    public void Csv_from_a_snapshot_is_the_csv_of_the_graph_it_was_compiled_from()
    {
        // a graph other than the repository's, which export finds when it is given no graph: a snapshot left unread fails
        using var graph = new SyntheticGraph(proposals: 7, economies: 3, meetings: 2);
        var snapshot = Path.Combine(folder, "graph.snapshot");
        var (compiled, compileOutput, _) = Run("compile", "--graph", graph.GraphSeedsPath, "--out", snapshot);
        Assert.True(compiled == ExitCodes.Ok, compileOutput);
        var fromSeeds = Directory.CreateDirectory(Path.Combine(folder, "seeds")).FullName;
        var fromSnapshot = Directory.CreateDirectory(Path.Combine(folder, "snapshot")).FullName;

        Assert.Equal(ExitCodes.Ok, Run("export", "--format", "csv", "--out", fromSeeds, "--graph", graph.GraphSeedsPath).Exit);
        var (exit, output, _) = Run("export", "--format", "csv", "--out", fromSnapshot, "--snapshot", snapshot);

        Assert.True(exit == ExitCodes.Ok, output);
        foreach (var file in new[] { "nodes.csv", "edges.csv", ExportCommand.VersionFile })
            Assert.Equal(File.ReadAllText(Path.Combine(fromSeeds, file)), File.ReadAllText(Path.Combine(fromSnapshot, file)));
    }

    [Fact]
    public void A_snapshot_with_graph_seeds_as_well_is_a_usage_error()
    {
        var (exit, _, error) = Run("export", "--format", "csv", "--out", folder, "--snapshot", Path.Combine(folder, "any"), "--graph", Seeds);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--snapshot is the whole graph", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Graphml_goes_to_stdout_and_networkx_reads_the_whole_graph()
    {
        var (exit, output, _) = Run("export", "--format", "graphml", "--graph", Seeds);

        Assert.Equal(ExitCodes.Ok, exit);
        var file = Path.Combine(folder, "graph.graphml");
        File.WriteAllText(file, output);
        var read = ExportReaders.Read("graphml", file);
        Assert.Equal(GraphVersion.Of(Graph), read.GetProperty("version").GetString());
        Assert.Equal((Graph.Entities.Count, Graph.Relations.Count), (read.GetProperty("nodes").GetInt32(), read.GetProperty("edges").GetInt32()));
        Assert.Equal(ExportFixtures.Quotes(Graph).Order(), ExportFixtures.Quotes(read).Order());
    }

    [Fact]
    public void Jsonld_to_a_file_embeds_its_context_and_expands_without_loading_anything()
    {
        var file = Path.Combine(folder, "graph.jsonld");

        var (exit, output, _) = Run("export", "--format", "jsonld", "--out", file, "--base-iri", "https://apecgraph.example/", "--graph", Seeds);

        Assert.True(exit == ExitCodes.Ok, output);
        var expanded = ExportReaders.ExpandJsonLd(file, "-", "");
        Assert.Equal(1 + Graph.Entities.Count + Graph.Relations.Count, expanded.GetProperty("nodes").GetInt32());
        Assert.Equal(GraphVersion.Of(Graph), expanded.GetProperty("version").GetString());
        Assert.Equal(Graph.Relations.Count, ExportReaders.Counts(expanded.GetProperty("typeCounts"))["https://apecgraph.example/vocab#Relation"]);
    }

    [Fact]
    public void An_invalid_graph_is_not_exported()
    {
        using var synthetic = new SyntheticGraph(proposals: 2);
        File.WriteAllText(Path.Combine(synthetic.GraphSeedsPath, "bad.yaml"),
            "entities:\n  - id: economy:ghost\n    kind: ECONOMY\n    name: Ghost\n    evidence:\n      - doc: document:bulk\n        quote: not in the text\n");
        var file = Path.Combine(folder, "graph.graphml");

        var (exit, output, _) = Run("export", "--format", "graphml", "--out", file, "--graph", synthetic.GraphSeedsPath);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("Nothing was exported", output, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void A_neo4j_that_does_not_answer_is_a_failed_export_with_the_reason_and_no_file()
    {
        var file = Path.Combine(folder, "graph.graphml");

        var (exit, output, _) = Run("export", "--format", "graphml", "--out", file, "--uri", "http://127.0.0.1:1");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.StartsWith("export failed: ", output, StringComparison.Ordinal);
        Assert.Contains("unavailable", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format", "csv")]
    [InlineData("--out", "x.graphml")]
    [InlineData("--format", "jsonld", "--base-iri", "not an iri")]
    public void Bad_arguments_are_a_usage_error(params string[] args)
    {
        var (exit, _, error) = Run(["export", .. args, "--graph", Seeds]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("usage: ApecGraph.Cli export", error, StringComparison.Ordinal);
    }
}
