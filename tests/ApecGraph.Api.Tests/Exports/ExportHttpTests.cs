using System.Net;
using System.Net.Http.Headers;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Exports;

/// <summary>The HTTP contract of <c>/export/*</c>: ETag of graph version and format, 304 on If-None-Match.</summary>
public abstract class ExportHttpTests(IApiUnderTest api)
{
    public static TheoryData<string> Paths => ["/export/graph.graphml", "/export/nodes.csv", "/export/edges.csv", "/export/graph.jsonld"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task An_export_has_an_etag_of_the_graph_version_and_a_matching_if_none_match_gets_304_without_a_body(string path)
    {
        var client = api.CreateClient();
        var version = (await ExportFixtures.GraphOfAsync(client)).Version;
        var token = TestContext.Current.CancellationToken;

        // read whole (not left streaming): at most two exports run at once, and this test's next request is the second
        using var first = await client.GetAsync(path, token);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.StartsWith($"\"{version}-", etag.Tag, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again, token);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(token));

        using var other = new HttpRequestMessage(HttpMethod.Get, path);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000-other\""));
        using var full = await client.SendAsync(other, token);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
    }

    [Fact]
    public async Task Each_format_has_its_own_etag()
    {
        var client = api.CreateClient();
        var tags = new List<string>();
        foreach (var path in Paths)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken); // read whole, one at a time
            tags.Add(response.Headers.ETag!.Tag);
        }
        Assert.Equal(tags.Count, tags.Distinct().Count());
    }
}

[Collection(SharedApi.Name)]
public sealed class ExportHttpOnEmbeddedStore(RepositoryApi api) : ExportHttpTests(api);

[Collection(Neo4jApiCollection.Name)]
public sealed class ExportHttpOnNeo4j(Neo4jApi api) : ExportHttpTests(api);
