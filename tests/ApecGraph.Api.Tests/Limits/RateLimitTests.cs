using System.Net;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Limits;

/// <summary>One client's share of the server is bounded: 429 with Retry-After past it.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_client_past_its_concurrent_requests_gets_429_with_retry_after()
    {
        SlowStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new SlowStore(inner), settings: new Dictionary<string, string>
        {
            ["RateLimit:ConcurrentRequests"] = "1", ["RateLimit:QueuedRequests"] = "0",
        });
        using var client = api.CreateClient();
        var held = client.PostAsync("{ search(text: \"MITI\") { score } }");
        await store!.Entered.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        using var refused = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        store.Release();
        var first = await held;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(["RATE_LIMITED"], (await GraphQLResponse.ReadAsync(refused)).ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Null(first.Errors);
    }

    [Fact]
    public async Task A_client_past_its_rate_gets_429_with_retry_after()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string>
        {
            ["RateLimit:RequestsPerSecond"] = "2", ["RateLimit:Burst"] = "2",
        });
        using var client = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/graphql?query=%7B__typename%7D", TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter?.Delta);
        last.Dispose();
    }

    [Fact]
    public async Task By_default_a_client_may_send_many_requests_at_once()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            client.GetAsync("/graphql?query=%7B__typename%7D", TestContext.Current.CancellationToken)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        foreach (var a in answers) a.Dispose();
    }
}
