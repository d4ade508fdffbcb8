using ApecGraph.Cli;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Snapshot;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Snapshot;

public sealed class GraphSnapshotTests : IDisposable
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("apecgraph-snapshot-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Compile()
    {
        var path = Path.Combine(folder, "graph.snapshot");
        var sources = RepositoryPaths.Sources;
        using var output = new StringWriter();
        var exit = CliApp.Run(["compile", "--graph", sources.GraphSeedsDirectory, "--sources", sources.SourcesDirectory, "--out", path], output, output);
        Assert.True(exit == ExitCodes.Ok, output.ToString());
        return path;
    }

    [Fact]
    public async Task The_repository_graph_read_from_its_snapshot_answers_every_call_as_the_yaml_loaded_one()
    {
        var graph = GraphLoader.Load(RepositoryPaths.Sources).Graph!;
        var fromYaml = new EmbeddedGraphStore(graph, LoadedAt);

        var fromSnapshot = GraphSnapshot.Read(Compile()).ToStore(LoadedAt);

        var expected = await StoreAnswers.Of(fromYaml, graph.Entities);
        var actual = await StoreAnswers.Of(fromSnapshot, graph.Entities);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void The_snapshot_streams_the_graph_it_was_compiled_from()
    {
        var graph = GraphLoader.Load(RepositoryPaths.Sources).Graph!;

        var snapshot = GraphSnapshot.Read(Compile());

        Assert.Equal(GraphVersion.Of(graph), snapshot.Version);
        var streamed = new KnowledgeGraph([.. snapshot.Entities()], [.. snapshot.Relations()]) { DocumentTexts = snapshot.DocumentTexts() };
        // The version hashes every field of every entity, relation, evidence and document text.
        Assert.Equal(GraphVersion.Of(graph), GraphVersion.Of(streamed));
        Assert.Equal(graph.Relations.Count, snapshot.RelationCount);
    }

    [Theory]
    [InlineData("a flipped byte", "corrupt")]
    [InlineData("a truncated file", "truncated")]
    [InlineData("another format version", "format version 99")]
    [InlineData("a yaml file", "not an ApecGraph graph snapshot")]
    public void A_damaged_or_foreign_file_is_refused_saying_why(string damage, string reason)
    {
        var path = Compile();
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "a flipped byte": bytes[bytes.Length / 2] ^= 0x20; break;
            case "a truncated file": bytes = bytes[..(bytes.Length * 2 / 3)]; break;
            case "another format version": BitConverter.GetBytes(99).CopyTo(bytes, 8); break;
            default: bytes = File.ReadAllBytes(Directory.GetFiles(RepositoryPaths.Sources.GraphSeedsDirectory, "*.yaml")[0]); break;
        }
        File.WriteAllBytes(path, bytes);

        var refused = Assert.Throws<SnapshotFormatException>(() => GraphSnapshot.Read(path));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_writes_nothing_for_a_graph_with_problems_and_prints_each_with_file_and_line()
    {
        using var graph = TempGraph.WithValidBase()
            .Write("y.yaml", "relations:\n  - from: economy:ghost\n    type: CHAIRED\n    to: meeting:vesom\n");
        var path = Path.Combine(folder, "bad.snapshot");
        using var output = new StringWriter();

        var exit = CliApp.Run(["compile", "--graph", graph.GraphSeeds, "--sources", graph.Seeds, "--out", path], output, output);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.StartsWith("graph-seeds/y.yaml:2: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was written", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
