using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Api.Tests.Limits;
using ApecGraph.Api.Versioning;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Caching;

/// <summary>The response cache's in-process tier (the default: no Redis configured). Each test counts the store's
/// calls: a hit makes none.</summary>
public sealed class ResponseCacheTests
{
    private const string Economies = "{ economies(first: 3) { totalCount edges { node { id name } } } }";

    private static string ProposalsRequest => File.ReadAllText(Path.Combine(CostLimitTests.RepositoryRoot(), "bench", "queries", "proposals.json"));

    [Fact]
    public async Task A_hit_answers_the_same_bytes_as_the_miss_without_calling_the_store()
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner));
        using var client = api.CreateClient();

        var miss = await client.PostRawAsync(ProposalsRequest);
        var callsOfMiss = store!.Calls.Count;
        store.Reset();
        var hit = await client.PostRawAsync(ProposalsRequest);

        Assert.Equal(200, miss.Status);
        Assert.True(callsOfMiss > 0);
        Assert.Empty(store.Calls);
        Assert.Equal(200, hit.Status);
        Assert.Equal(miss.Body, hit.Body);
        var health = await client.CacheHealthAsync();
        Assert.Equal((1, 1, 0), (health.Counter("hits"), health.Counter("misses"), health.Counter("redisErrors")));
        Assert.Equal("off", health.GetProperty("redis").GetString());
    }

    [Fact]
    public async Task The_same_query_written_otherwise_is_the_same_entry()
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner));
        using var client = api.CreateClient();

        var first = await client.PostQueryAsync(Economies);
        store!.Reset();
        var others = new[]
        {
            "{economies(first:3){totalCount edges{node{id name}}}}",
            "# the economies\n{\n  economies(first: 3) {\n    totalCount, # how many\n    edges { node { id, name } }\n  }\n}",
            "query { economies(first: 3) { totalCount edges { node { id name } } } }",
        };
        foreach (var other in others)
            Assert.Equal(first.Body, (await client.PostQueryAsync(other)).Body);

        Assert.Empty(store.Calls);
        Assert.Equal(3, (await client.CacheHealthAsync()).Counter("hits"));
    }

    [Fact]
    public async Task Variables_in_another_order_are_the_same_entry_and_other_values_are_another()
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner));
        using var client = api.CreateClient();
        const string query = "query Q($text: String!, $first: Int) { search(text: $text, first: $first) { entity { id } } }";

        var first = await client.PostRawAsync(Body(query, """{"text":"APEC","first":2}"""));
        store!.Reset();
        var reordered = await client.PostRawAsync(Body(query, """{ "first": 2, "text": "APEC" }"""));
        var reorderedCalls = store.Calls.Count;
        var other = await client.PostRawAsync(Body(query, """{"text":"APEC","first":3}"""));

        Assert.Equal(first.Body, reordered.Body);
        Assert.Equal(0, reorderedCalls);
        Assert.NotEqual(first.Body, other.Body);
        Assert.NotEmpty(store.Calls); // another value: executed
    }

    [Fact]
    public async Task An_answer_with_errors_is_not_kept()
    {
        var store = (FailingOnceStore?)null;
        using var api = new ApiFactory(wrapStore: inner => store = new FailingOnceStore(inner));
        using var client = api.CreateClient();
        const string query = "{ search(text: \"MITI\", first: 1) { entity { id } } }";

        var failed = await client.PostQueryAsync(query);
        var executedAgain = await client.PostQueryAsync(query);
        var hit = await client.PostQueryAsync(query);

        Assert.True(failed.Json.TryGetProperty("errors", out _), failed.Text);
        Assert.False(executedAgain.Json.TryGetProperty("errors", out _), executedAgain.Text);
        Assert.Equal(2, store!.Searches); // the failed answer was not kept: the second request searched again
        Assert.Equal(executedAgain.Body, hit.Body);
        var health = await client.CacheHealthAsync();
        Assert.Equal((1, 2), (health.Counter("hits"), health.Counter("misses")));
    }

    [Fact]
    public async Task Identical_concurrent_misses_execute_once()
    {
        SlowStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new SlowStore(inner));
        using var client = api.CreateClient();
        const string query = "{ search(text: \"APEC\", first: 5) { entity { id name } } }";

        var requests = Enumerable.Range(0, 12).Select(_ => client.PostQueryAsync(query)).ToList();
        await store!.Entered.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken); // every request is in, waiting for the one that runs
        store.Release();
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.All(answers, a => Assert.Equal(answers[0].Body, a.Body));
        Assert.Equal(1, store.Searches);
        var health = await client.CacheHealthAsync();
        Assert.Equal((11, 1), (health.Counter("hits"), health.Counter("misses")));
    }

    [Fact]
    public async Task A_new_graph_version_gives_new_answers()
    {
        using var before = new SyntheticGraph(proposals: 3, economies: 3, meetings: 2);
        using var after = new SyntheticGraph(proposals: 4, economies: 3, meetings: 2);
        SwitchingStore? store = null;
        using var api = new ApiFactory(before.GraphSeedsPath, inner => store = new SwitchingStore(inner));
        using var client = api.CreateClient();
        const string query = "{ proposals { totalCount } }";

        var old = await client.PostQueryAsync(query);
        store!.SwitchTo(after.GraphSeedsPath); // a re-import
        await api.Services.GetRequiredService<GraphVersionSource>().RefreshAsync(TestContext.Current.CancellationToken);
        var renewed = await client.PostQueryAsync(query);

        Assert.Equal(3, old.Json.GetProperty("data").GetProperty("proposals").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, renewed.Json.GetProperty("data").GetProperty("proposals").GetProperty("totalCount").GetInt32());
        Assert.NotEqual(Version(old), Version(renewed));
        Assert.Equal(store.Info!.Version, Version(renewed));
    }

    [Fact]
    public async Task With_the_cache_off_every_request_executes()
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner), settings: Settings(("ResponseCache:Enabled", "false")));
        using var client = api.CreateClient();

        await client.PostQueryAsync(Economies);
        store!.Reset();
        await client.PostQueryAsync(Economies);

        Assert.NotEmpty(store.Calls);
        var health = await client.CacheHealthAsync();
        Assert.False(health.GetProperty("enabled").GetBoolean());
        Assert.Equal((0, 0), (health.Counter("hits"), health.Counter("misses")));
    }

    [Theory]
    [InlineData("ResponseCache:MemorySizeLimit", "2000")] // the in-process tier's bound is below one entry
    [InlineData("ResponseCache:MaxAnswerBytes", "100")]   // the answer is over the largest one kept
    public async Task An_entry_that_does_not_fit_is_not_kept(string setting, string value)
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner), settings: Settings((setting, value)));
        using var client = api.CreateClient();

        var first = await client.PostRawAsync(ProposalsRequest);
        store!.Reset();
        var second = await client.PostRawAsync(ProposalsRequest);

        Assert.Equal(first.Body, second.Body);
        Assert.NotEmpty(store.Calls);
    }

    [Fact]
    public async Task A_request_for_the_cost_of_its_own_run_is_always_executed()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var body = "{\"query\":\"" + Economies + "\",\"extensions\":{\"cost\":true}}";

        await client.PostRawAsync(body);
        var second = await client.PostRawAsync(body);

        Assert.True(second.Json.GetProperty("extensions").GetProperty("cost").GetProperty("storeCalls").GetInt32() > 0);
    }

    [Fact]
    public async Task A_cached_get_answer_carries_its_etag_and_honours_if_none_match()
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner));
        using var client = api.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString(Economies);

        var miss = await client.GetRawAsync(url);
        store!.Reset();
        var hit = await client.GetRawAsync(url);
        var notModified = await client.GetRawAsync(url, ifNoneMatch: hit.ETag!.Tag.ToString());

        Assert.Empty(store.Calls);
        Assert.Equal(miss.Body, hit.Body);
        Assert.NotNull(miss.ETag);
        Assert.Equal(miss.ETag, hit.ETag);
        Assert.Equal(304, notModified.Status);
        Assert.Empty(notModified.Body);
    }

    private static string Body(string query, string variablesJson) => "{\"query\":\"" + query + "\",\"variables\":" + variablesJson + "}";

    [Fact]
    public void A_redis_connection_string_without_a_server_stops_the_start_and_does_not_echo_it()
    {
        using var api = new ApiFactory(settings: Settings(("ConnectionStrings:Redis", "127.0.0.1:notaport,password=secret")));

        var refused = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        var message = refused.ToString();
        Assert.Contains("names no Redis server", message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", message, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string> Settings(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => s.Value);

    private static string Version(CacheProbe.Answer answer) =>
        answer.Json.GetProperty("extensions").GetProperty("graph").GetProperty("version").GetString()!;

    /// <summary>The real store, whose searches fail once (the first) with the store unavailable.</summary>
    private sealed class FailingOnceStore(IGraphStore inner) : DelegatingStore(inner)
    {
        private int searches;

        public int Searches => Volatile.Read(ref searches);

        public override Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref searches) == 1
                ? throw new GraphStoreUnavailableException("the store is briefly unavailable")
                : base.SearchAsync(query, cancellationToken);
    }

    /// <summary>The store the API starts with, until <see cref="SwitchTo"/> swaps in the graph of another folder (as a re-import would).</summary>
    private sealed class SwitchingStore(IGraphStore inner) : DelegatingStore(inner)
    {
        private IGraphStore? next;

        public GraphInfo? Info { get; private set; }

        private IGraphStore Current => Volatile.Read(ref next) ?? Inner;

        public void SwitchTo(string graphSeedsPath)
        {
            var graph = GraphLoader.Load(GraphSources.FromGiven(graphSeedsPath, null)!).Graph ?? throw new InvalidOperationException("the graph does not load");
            var store = new EmbeddedGraphStore(graph);
            Info = store.GetGraphInfoAsync().GetAwaiter().GetResult();
            Volatile.Write(ref next, store);
        }

        public override Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
            Current.ListEntitiesAsync(query, cancellationToken);

        public override Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default) =>
            Current.GetGraphInfoAsync(cancellationToken);
    }
}
