using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;

namespace ApecGraph.Api.Tests.Exports;

/// <summary>What export tests compare an export with, none of it from the export code: the API's own
/// <c>graph { ... }</c> answer, and the repository graph as the loader reads it.</summary>
public static class ExportFixtures
{
    private const string GraphQuery = "{ graph { version entities relations counts { kind count } } }";

    /// <summary>The repository's graph-seeds/, loaded (and validated) by Core's loader.</summary>
    public static KnowledgeGraph RepositoryGraph { get; } = GraphLoader.Load(GraphSources.Locate()!).Graph!;

    /// <summary>The API's answer to <c>graph { version entities relations counts }</c>.</summary>
    public static async Task<GraphCounts> GraphOfAsync(HttpClient client)
    {
        var graph = (await client.QueryAsync(GraphQuery)).GetProperty("graph");
        return new GraphCounts(graph.GetProperty("version").GetString()!, graph.GetProperty("entities").GetInt32(),
            graph.GetProperty("relations").GetInt32(),
            graph.GetProperty("counts").EnumerateArray().Where(c => c.GetProperty("count").GetInt32() > 0)
                .ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("count").GetInt32()));
    }

    /// <summary>Every (document, quote) pair of the graph's evidence, entities' and relations'.</summary>
    public static IReadOnlySet<(string, string)> Quotes(KnowledgeGraph graph) =>
        graph.Entities.SelectMany(e => e.Evidence).Concat(graph.Relations.SelectMany(r => r.Evidence))
            .Select(e => (e.DocumentId, e.Quote)).ToHashSet();

    /// <summary>The (document, quote) pairs a reader script printed.</summary>
    public static IReadOnlySet<(string, string)> Quotes(JsonElement read) =>
        read.GetProperty("quotes").EnumerateArray().Select(q => (q[0].GetString()!, q[1].GetString()!)).ToHashSet();

    /// <summary>GETs <paramref name="path"/> into a temp file (deleted with the returned handle).</summary>
    public static async Task<TempFile> DownloadAsync(HttpClient client, string path, string expectedMediaType)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMediaType, response.Content.Headers.ContentType?.MediaType);
        var file = new TempFile();
        await using (var output = File.Create(file.Path))
            await response.Content.CopyToAsync(output, TestContext.Current.CancellationToken);
        return file;
    }
}

public sealed record GraphCounts(string Version, int Entities, int Relations, IReadOnlyDictionary<string, int> EntitiesByKind);

public sealed class TempFile : IDisposable
{
    public string Path { get; } = System.IO.Path.GetTempFileName();

    public void Dispose() => File.Delete(Path);
}
