using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Snapshot;

namespace ApecGraph.Api.Tests.Startup;

/// <summary>The embedded store started from a compiled snapshot (<c>GraphStore:Snapshot</c>) instead of graph-seeds/.</summary>
public sealed class SnapshotStartupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("apecgraph-api-snapshot-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string CompileRepositoryGraph()
    {
        var path = Path.Combine(folder, "graph.snapshot");
        GraphSnapshot.Write(GraphLoader.Load(GraphSources.Locate()!).Graph!, path);
        return path;
    }

    private static ApiFactory OnSnapshot(string path) => new(settings: new Dictionary<string, string>
    {
        ["GraphStore:Snapshot"] = path,
        // Not read when a snapshot is set: the answers below can only come from the snapshot.
        ["GraphStore:GraphSeedsPath"] = "/nonexistent/graph-seeds",
    });

    private static async Task<string> Data(HttpClient client, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return json.RootElement.GetProperty("data").GetRawText();
    }

    [Fact]
    public async Task The_bench_queries_answer_the_same_bytes_from_the_snapshot_as_from_graph_seeds()
    {
        using var fromSeeds = new ApiFactory();
        using var fromSnapshot = OnSnapshot(CompileRepositoryGraph());
        using var seedsClient = fromSeeds.CreateClient();
        using var snapshotClient = fromSnapshot.CreateClient();
        var queries = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(GraphSources.Locate()!.GraphSeedsDirectory)!, "bench", "queries"), "*.json");

        Assert.NotEmpty(queries);
        foreach (var query in queries.Order(StringComparer.Ordinal))
        {
            var body = await File.ReadAllTextAsync(query, TestContext.Current.CancellationToken);
            var expected = await Data(seedsClient, body);
            Assert.True(expected.Length > 100, $"{query} answered almost nothing: {expected}");
            Assert.Equal(expected, await Data(snapshotClient, body));
        }
    }

    [Fact]
    public void The_api_refuses_to_start_on_a_corrupt_snapshot_and_names_it()
    {
        var path = CompileRepositoryGraph();
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 3] ^= 0x01;
        File.WriteAllBytes(path, bytes);
        using var api = OnSnapshot(path);

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        var message = error.ToString();
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("GraphStore__Snapshot", message, StringComparison.Ordinal);
        Assert.Contains("corrupt", message, StringComparison.Ordinal);
    }
}
