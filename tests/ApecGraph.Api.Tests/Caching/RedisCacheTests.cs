using System.Collections.Concurrent;
using System.Diagnostics;
using ApecGraph.Api.Caching;
using ApecGraph.Api.Http;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Api.Tests.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApecGraph.Api.Tests.Caching;

/// <summary>
/// The response cache with a real Redis as its shared tier (a redis-server of the test's own, see
/// <see cref="RedisServer"/>): shared by instances, never in the way of an answer when it is down, slow or restarted.
/// </summary>
public sealed class RedisCacheTests
{
    private const string Query = "{ economies(first: 4) { totalCount edges { node { id name } } } }";

    [Fact]
    public async Task With_redis_as_the_only_tier_a_hit_costs_one_redis_read_and_a_removed_entry_is_executed_again()
    {
        using var redis = RedisServer.StartOrSkip();
        using var first = new RedisApi(redis);
        CountingStore? store = null;
        using var only = new RedisApi(redis, wrapStore: inner => store = new CountingStore(inner), memoryTier: false);
        using var firstClient = first.CreateClient();
        using var onlyClient = only.CreateClient();

        var miss = await firstClient.PostQueryAsync(Query);
        Assert.True(await CacheProbe.EventuallyAsync(() => redis.KeyCount() >= 1), "the first instance wrote nothing to Redis");
        var before = await onlyClient.CacheHealthAsync();
        store!.Reset();
        var hits = new List<byte[]>();
        for (var i = 0; i < 3; i++) hits.Add((await onlyClient.PostQueryAsync(Query)).Body);
        var after = await onlyClient.CacheHealthAsync();

        Assert.All(hits, body => Assert.Equal(miss.Body, body));
        Assert.Empty(store.Calls);
        // one GET a request, each a hit: not the three reads of a request that went through FusionCache's miss path
        Assert.Equal((3, 0), (after.Counter("redisHits") - before.Counter("redisHits"), after.Counter("redisMisses") - before.Counter("redisMisses")));

        redis.Command("FLUSHALL");
        Assert.Equal(0, redis.KeyCount());
        await onlyClient.PostQueryAsync(Query);
        Assert.NotEmpty(store.Calls);
    }

    [Fact]
    public async Task A_second_instance_answers_from_redis_without_calling_its_store()
    {
        using var redis = RedisServer.StartOrSkip();
        using var first = new RedisApi(redis);
        CountingStore? store = null;
        using var second = new RedisApi(redis, wrapStore: inner => store = new CountingStore(inner));
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var miss = await firstClient.PostQueryAsync(Query);
        Assert.True(await CacheProbe.EventuallyAsync(() => redis.KeyCount() >= 1), "the first instance wrote nothing to Redis");
        store!.Reset();
        var fromRedis = await secondClient.PostQueryAsync(Query);

        Assert.Equal(200, fromRedis.Status);
        Assert.Equal(miss.Body, fromRedis.Body);
        Assert.Empty(store.Calls);
        var health = await secondClient.CacheHealthAsync();
        Assert.Equal("up", health.GetProperty("redis").GetString());
        Assert.Equal((1, 0, 1, 0), (health.Counter("hits"), health.Counter("misses"), health.Counter("redisHits"), health.Counter("redisErrors")));
    }

    [Fact]
    public async Task Killing_redis_under_load_fails_no_request_and_its_restart_brings_it_back_into_use()
    {
        using var redis = RedisServer.StartOrSkip();
        var logs = new RecordingLoggerProvider();
        // A killed Redis refuses connections at once; the longer bound only keeps a machine under heavy load (a CI
        // runner beside other builds) from turning a slow answer after the restart into a second outage.
        using var api = new RedisApi(redis, logs, redisTimeout: "00:00:01");
        using var client = api.CreateClient();
        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        using var stop = new CancellationTokenSource();

        // 8 clients, each asking new questions and then again ones asked before: misses, hits, and Redis reads and
        // writes all the time (answers only in the in-process tier would never need Redis).
        var load = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var text = i % 3 == 0 ? "APEC" : $"APEC {worker}-{i}";
                var answer = await client.PostQueryAsync("query Q($text: String!) { search(text: $text, first: 3) { entity { id } } }", new { text });
                Interlocked.Increment(ref answered);
                if (answer.Status != 200 || answer.Json.TryGetProperty("errors", out _)) failures.Enqueue($"{answer.Status}: {answer.Text}");
            }
        })).ToList();
        await Task.Delay(700, TestContext.Current.CancellationToken);
        redis.Kill();
        await Task.Delay(1200, TestContext.Current.CancellationToken);
        var during = await client.CacheHealthAsync();
        Assert.True(redis.Start(out var why), why);
        await Task.Delay(1500, TestContext.Current.CancellationToken); // past the circuit breaker (RedisRetryAfter 300 ms) and the reconnect
        stop.Cancel();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.True(answered > 100, $"only {answered} requests were answered");
        Assert.Equal("down", during.GetProperty("redis").GetString());
        Assert.True(during.Counter("redisErrors") >= 1);
        // Back in use: a new answer reaches the restarted (empty) Redis, and the cache reports it up.
        await client.PostQueryAsync("{ economies(first: 7) { totalCount } }");
        Assert.True(await CacheProbe.EventuallyAsync(() => redis.KeyCount() >= 1), "nothing was written to Redis after its restart");
        Assert.Equal("up", (await client.CacheHealthAsync()).GetProperty("redis").GetString());
        // One warning for the whole outage, one line when Redis is back.
        var tierLines = logs.Lines.Where(l => l.Category == typeof(RedisTier).FullName).ToList();
        Assert.Single(tierLines, l => l.Level == LogLevel.Warning);
        Assert.Single(tierLines, l => l.Level == LogLevel.Information);
    }

    [Fact]
    public async Task A_paused_redis_does_not_hold_answers_back()
    {
        using var redis = RedisServer.StartOrSkip();
        using var api = new RedisApi(redis);
        using var client = api.CreateClient();
        await client.PostQueryAsync(Query); // connected and warm

        Assert.Equal("+OK", redis.Command("CLIENT PAUSE 3000 ALL")); // Redis answers no one for 3 s
        var clock = Stopwatch.StartNew();
        var answers = new List<CacheProbe.Answer>();
        for (var first = 1; first <= 5; first++)
            answers.Add(await client.PostQueryAsync("query Q($first: Int) { economies(first: $first) { totalCount } }", new { first }));
        clock.Stop();

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.All(answers, a => Assert.False(a.Json.TryGetProperty("errors", out _), a.Text));
        // Without the bound each would wait for Redis: 5 requests, 3 s of pause.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"5 answers took {clock.Elapsed.TotalMilliseconds:0} ms while Redis was paused");
        Assert.True((await client.CacheHealthAsync()).Counter("redisErrors") >= 1);
    }

    [Fact]
    public async Task A_query_persisted_on_one_instance_is_found_by_hash_on_another()
    {
        using var redis = RedisServer.StartOrSkip();
        using var first = new RedisApi(redis);
        using var second = new RedisApi(redis);
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        var extensions = Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedQueries.Sha256(Query) + "\"}}");

        var registering = await firstClient.GetRawAsync($"/graphql?query={Uri.EscapeDataString(Query)}&extensions={extensions}");
        Assert.True(await CacheProbe.EventuallyAsync(() => redis.KeyCount() >= 2), "the query and its answer did not reach Redis");
        var byHash = await secondClient.GetRawAsync($"/graphql?extensions={extensions}");

        Assert.Equal(200, registering.Status);
        Assert.Equal(200, byHash.Status);
        Assert.Equal(registering.Body, byHash.Body);
    }

    [Fact]
    public async Task Instances_on_different_graphs_share_redis_but_not_their_answers()
    {
        using var redis = RedisServer.StartOrSkip();
        using var older = new SyntheticGraph(proposals: 3, economies: 3, meetings: 2);
        using var newer = new SyntheticGraph(proposals: 4, economies: 3, meetings: 2);
        using var first = new RedisApi(redis, graphSeedsPath: older.GraphSeedsPath);
        CountingStore? store = null;
        using var second = new RedisApi(redis, graphSeedsPath: newer.GraphSeedsPath, wrapStore: inner => store = new CountingStore(inner));
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        const string query = "{ proposals { totalCount } }";

        var old = await firstClient.PostQueryAsync(query);
        Assert.True(await CacheProbe.EventuallyAsync(() => redis.KeyCount() >= 1));
        store!.Reset();
        var renewed = await secondClient.PostQueryAsync(query);

        Assert.Equal(3, old.Json.GetProperty("data").GetProperty("proposals").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, renewed.Json.GetProperty("data").GetProperty("proposals").GetProperty("totalCount").GetInt32());
        Assert.NotEmpty(store.Calls);
    }

    /// <summary>The API with <c>ConnectionStrings:Redis</c> on the test's server, Redis left alone 300 ms after an error,
    /// and (optionally) its log recorded.</summary>
    private sealed class RedisApi(RedisServer redis, RecordingLoggerProvider? logs = null, string? graphSeedsPath = null,
        Func<ApecGraph.Core.Store.IGraphStore, ApecGraph.Core.Store.IGraphStore>? wrapStore = null, string redisTimeout = "00:00:00.250",
        bool memoryTier = true)
        : ApiFactory(graphSeedsPath, wrapStore, ResponseCacheTests.Settings(
            ("ConnectionStrings:Redis", redis.ConnectionString),
            ("ResponseCache:MemoryTier", memoryTier ? "true" : "false"),
            ("ResponseCache:RedisRetryAfter", "00:00:00.300"),
            ("ResponseCache:RedisTimeout", redisTimeout),
            ("Logging:LogLevel:ApecGraph.Api.Caching", "Information")))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (logs is not null) builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
