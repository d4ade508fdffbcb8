using System.Buffers.Binary;
using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Examples;

/// <summary>The research notebook, executed by Jupyter against the API, prints the graph's own counts and quotes
/// (as the API answers them to this test) and draws its picture.</summary>
public abstract class ResearchNotebookTests(ExecutedNotebook notebook)
{
    [Fact]
    public async Task Prints_the_export_counts_and_they_are_the_apis()
    {
        notebook.SkipIfNotRun();
        var graph = (await notebook.Client.QueryAsync("{ graph { entities relations counts { kind count } } }")).GetProperty("graph");

        Assert.Contains($"GraphML export: {graph.GetProperty("entities").GetInt32()} nodes, {graph.GetProperty("relations").GetInt32()} edges", notebook.Printed);
        foreach (var count in graph.GetProperty("counts").EnumerateArray())
            Assert.Matches($@"{count.GetProperty("kind").GetString()} +{count.GetProperty("count").GetInt32()} \(API: ", notebook.Printed);
        Assert.Contains("counts agree with the API", notebook.Printed);
    }

    [Fact]
    public async Task Answers_who_proposed_what_with_each_proposals_quotes_and_documents()
    {
        notebook.SkipIfNotRun();
        var data = await notebook.Client.QueryAsync("""
            { proposals(first: 50) { edges { node { title proposers { ... on Entity { name } }
                relations(types: ["PROPOSED"]) { evidence { quote document { id } } } } } } }
            """);
        var proposed = data.GetProperty("proposals").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .Where(p => p.GetProperty("proposers").GetArrayLength() > 0).ToList();

        Assert.Matches("(New Zealand and Singapore|Singapore and New Zealand) proposed: Initiative to facilitate the trade of medical goods", notebook.Printed);
        Assert.True(proposed.Count >= 10, $"only {proposed.Count} proposals with proposers");
        foreach (var proposal in proposed)
        {
            var who = string.Join(" and ", proposal.GetProperty("proposers").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
            Assert.Contains($"{who} proposed: {proposal.GetProperty("title").GetString()}", notebook.Printed);
            AssertPrintsEvidence(proposal.GetProperty("relations"));
        }
    }

    [Fact]
    public async Task Answers_how_chile_is_connected_to_resolution_1540_with_each_hops_quotes()
    {
        notebook.SkipIfNotRun();
        var data = await notebook.Client.QueryAsync("""
            { paths(from: "economy:chile", to: "resolution:1540-2004", maxHops: 6, first: 3) { length
                entities { name } relations { evidence { quote document { id } } } } }
            """);
        var paths = data.GetProperty("paths").EnumerateArray().ToList();

        Assert.NotEmpty(paths);
        Assert.Contains("Ministry of Foreign Affairs of Chile", notebook.Printed);
        foreach (var (path, n) in paths.Select((p, i) => (p, i + 1)))
        {
            var chain = string.Join(" -> ", path.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
            Assert.Contains($"Path {n} ({path.GetProperty("length").GetInt32()} hops): {chain}", notebook.Printed);
            AssertPrintsEvidence(path.GetProperty("relations"));
        }
        Assert.Contains($"networkx: {paths[0].GetProperty("length").GetInt32()} hops from Chile to resolution 1540", notebook.Printed);
    }

    [Fact]
    public void Draws_the_neighbourhood_to_a_png_in_the_out_folder()
    {
        notebook.SkipIfNotRun();
        var picture = Path.Combine(notebook.OutFolder, ExecutedNotebook.PictureName);
        var bytes = File.ReadAllBytes(picture);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        int width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        Assert.InRange(width, 600, 4000);
        Assert.InRange(height, 400, 4000);
        Assert.True(bytes.Length > 20_000, $"a {bytes.Length}-byte PNG is too small to show the graph");
        Assert.Contains($"saved {picture}", notebook.Printed);
    }

    /// <summary>Every quote of these relations printed verbatim, with its document.</summary>
    private void AssertPrintsEvidence(JsonElement relations)
    {
        var evidence = relations.EnumerateArray().SelectMany(r => r.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.NotEmpty(evidence);
        foreach (var e in evidence)
            Assert.Contains($"\"{e.GetProperty("quote").GetString()}\" [{e.GetProperty("document").GetProperty("id").GetString()}]", notebook.Printed);
    }
}

/// <summary>Jupyter, a kernel and matplotlib take the CPU for seconds: run alone, so that the timing checks of other
/// tests (hostile corpus, Redis outage) do not run beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Research notebook";
}

[Collection(NotebookCollection.Name)]
public sealed class ResearchNotebookOnEmbeddedStore(NotebookOnEmbeddedStore notebook)
    : ResearchNotebookTests(notebook), IClassFixture<NotebookOnEmbeddedStore>;

[Collection(Neo4jApiCollection.Name)]
public sealed class ResearchNotebookOnNeo4j(NotebookOnNeo4j notebook) : ResearchNotebookTests(notebook), IClassFixture<NotebookOnNeo4j>;

public sealed class CommittedNotebookTests
{
    [Fact]
    public void Is_committed_without_outputs()
    {
        using var committed = JsonDocument.Parse(File.ReadAllText(ExecutedNotebook.CommittedPath
            ?? throw new InvalidOperationException("examples/ not found")));
        foreach (var cell in committed.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        }
    }
}
