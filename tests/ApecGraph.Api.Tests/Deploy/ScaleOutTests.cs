using System.Net;
using System.Text;
using ApecGraph.Api.Tests.Caching;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Deploy;

/// <summary>
/// docs/deploy.md's layout, on real parts: three API replicas behind a real nginx running deploy/nginx.conf, sharing
/// one real Redis. Any replica answers any request the same; what one replica computed the others answer from Redis;
/// a replica that goes away costs no failed request.
/// </summary>
public sealed class ScaleOutTests
{
    private static readonly string[] Ids =
    [
        "economy:malaysia", "economy:chile", "economy:china", "economy:singapore", "economy:new-zealand", "economy:japan",
        "economy:united-states", "organisation:miti", "meeting:vesom-2020-05-27", "document:miti-vesom-2020",
        "document:un-1540-star-2020", "meeting:som2-2022",
    ];

    private sealed class Replicas : IAsyncDisposable
    {
        public readonly List<KestrelApi> Apis = [];
        public readonly List<CountingStore> Stores = [];

        public Replicas(RedisServer redis, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var index = i;
                Stores.Add(null!);
                Apis.Add(new KestrelApi(
                    settings: new Dictionary<string, string>
                    {
                        ["ConnectionStrings:Redis"] = redis.ConnectionString,
                        ["Proxy:KnownProxies:0"] = "127.0.0.1",
                        ["RateLimit:Enabled"] = "false",
                    },
                    wrapStore: inner => Stores[index] = new CountingStore(inner)));
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var api in Apis) await api.DisposeAsync();
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string query)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { query });
        using var response = await client.PostAsync("/graphql", new StringContent(json, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string Query(string id) => $$"""{ entity(id: "{{id}}") { id name } }""";

    [Fact]
    public async Task Requests_spread_over_the_replicas_and_what_one_computed_the_others_answer_from_redis()
    {
        using var redis = RedisServer.StartOrSkip();
        await using var replicas = new Replicas(redis, 3);
        using var balancer = NginxBalancer.StartOrSkip(replicas.Apis.Select(a => a.BaseAddress));
        using var client = new HttpClient { BaseAddress = balancer.BaseAddress };

        var first = new List<(HttpStatusCode Status, string Body)>();
        foreach (var id in Ids) first.Add(await PostAsync(client, Query(id)));
        Assert.All(first, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.All(replicas.Stores, store => Assert.NotEmpty(store.Calls)); // every replica served some of them
        Assert.True(await CacheProbe.EventuallyAsync(() => redis.KeyCount() >= Ids.Length), "the replicas did not all write to Redis");

        foreach (var store in replicas.Stores) store.Reset();
        var again = new List<(HttpStatusCode Status, string Body)>();
        foreach (var id in Ids) again.Add(await PostAsync(client, Query(id)));
        Assert.Equal(first, again); // same answers, whichever replica
        // each replica, asked directly, answers every one of them, most computed by another replica
        foreach (var api in replicas.Apis)
        {
            using var direct = new HttpClient { BaseAddress = api.BaseAddress };
            var answers = new List<(HttpStatusCode Status, string Body)>();
            foreach (var id in Ids) answers.Add(await PostAsync(direct, Query(id)));
            Assert.Equal(first, answers);
        }

        Assert.All(replicas.Stores, store => Assert.Empty(store.Calls)); // all from the memory tier or Redis
        Assert.Equal(2 * Ids.Length, balancer.AccessLog().Count);
    }

    [Fact]
    public async Task A_replica_that_goes_away_costs_no_failed_request()
    {
        using var redis = RedisServer.StartOrSkip();
        await using var replicas = new Replicas(redis, 3);
        using var balancer = NginxBalancer.StartOrSkip(replicas.Apis.Select(a => a.BaseAddress));
        using var client = new HttpClient { BaseAddress = balancer.BaseAddress };

        await replicas.Apis[1].DisposeAsync(); // its port now refuses connections
        var answers = new List<HttpStatusCode>();
        foreach (var id in Ids.Concat(Ids)) answers.Add((await PostAsync(client, $$"""{ entity(id: "{{id}}") { id kind } }""")).Status);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task A_query_persisted_through_one_replica_is_found_by_hash_on_the_others()
    {
        using var redis = RedisServer.StartOrSkip();
        await using var replicas = new Replicas(redis, 3);
        const string query = "{ economies(first: 2) { totalCount } }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""");
        using var first = new HttpClient { BaseAddress = replicas.Apis[0].BaseAddress };

        using var registered = await first.GetAsync($"/graphql?query={Uri.EscapeDataString(query)}&extensions={extensions}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        foreach (var other in replicas.Apis.Skip(1))
        {
            using var client = new HttpClient { BaseAddress = other.BaseAddress };
            var found = false;
            for (var attempt = 0; attempt < 50 && !found; attempt++) // the write to Redis is not awaited by the answer
            {
                using var byHash = await client.GetAsync($"/graphql?extensions={extensions}", TestContext.Current.CancellationToken);
                var body = await byHash.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                found = byHash.StatusCode == HttpStatusCode.OK && body.Contains("\"totalCount\"", StringComparison.Ordinal);
                if (!found) await Task.Delay(100, TestContext.Current.CancellationToken);
            }
            Assert.True(found, $"replica {other.BaseAddress} did not find the query by its hash");
        }
    }
}
