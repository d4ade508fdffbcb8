using System.Net;
using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Export;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Exports;

/// <summary>How the server protects itself from exports: at most <c>Export:ConcurrentExports</c> at once, then a coded
/// 429; a store that cannot be read is a coded 503 with the API's own text, never a 500 or the backend's message.</summary>
public sealed class ExportLimitTests
{
    [Fact]
    public async Task An_export_beyond_the_concurrent_limit_is_refused_with_export_busy_and_retry_after_until_one_ends()
    {
        HeldStore? held = null;
        await using var api = new ApiFactory(wrapStore: inner => held = new HeldStore(inner),
            settings: new Dictionary<string, string> { ["Export:ConcurrentExports"] = "1" });
        var client = api.CreateClient();
        var token = TestContext.Current.CancellationToken;

        var first = client.GetAsync("/export/graph.graphml", token);
        await held!.Entered.WaitAsync(TimeSpan.FromSeconds(30), token);
        using var refused = await client.GetAsync("/export/nodes.csv", token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Null(refused.Headers.ETag); // a refusal is not the export: nothing a cache could mistake for it
        Assert.Equal("EXPORT_BUSY", Code(await refused.Content.ReadAsStringAsync(token)));

        held.Release();
        using var done = await first;
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        using var after = await client.GetAsync("/export/nodes.csv", token);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_is_a_coded_503()
    {
        UnreachableInfoStore? store = null;
        await using var api = new ApiFactory(wrapStore: inner => store = new UnreachableInfoStore(inner));
        var client = api.CreateClient();
        store!.Failing = true;

        using var response = await client.GetAsync("/export/graph.jsonld", TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("STORE_UNAVAILABLE", Code(body));
        // The public text is the API's own, as GraphQL's STORE_UNAVAILABLE is; the backend's message stays in the log.
        Assert.DoesNotContain("Neo4j did not answer", body);
    }

    private static string? Code(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>Holds an export's first page of entities until released.</summary>
    private sealed class HeldStore(IGraphStore inner) : DelegatingStore(inner)
    {
        private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => entered.Task;

        public void Release() => release.TrySetResult();

        public override async Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
        {
            if (query is { First: GraphReader.DefaultPageSize, AfterId: null, Kind: null })
            {
                entered.TrySetResult();
                await release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
            return await Inner.ListEntitiesAsync(query, cancellationToken);
        }
    }

    /// <summary>The graph info fails as an unreachable Neo4j's does while <see cref="Failing"/> is set (start-up still succeeds).</summary>
    private sealed class UnreachableInfoStore(IGraphStore inner) : DelegatingStore(inner)
    {
        public volatile bool Failing;

        public override Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default) =>
            Failing ? throw new GraphStoreUnavailableException("Neo4j did not answer") : Inner.GetGraphInfoAsync(cancellationToken);
    }
}
