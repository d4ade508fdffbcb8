using System.Net;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Deploy;

/// <summary>Behind a load balancer every request comes from the balancer's address: the per-client limits must count
/// the clients it forwards for (X-Forwarded-For), and only when it is a configured proxy.</summary>
public sealed class ProxyClientTests
{
    // one request per second per client, no burst: a client's second request within the second is refused
    private static Dictionary<string, string> Limits(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string> { ["RateLimit:RequestsPerSecond"] = "1", ["RateLimit:Burst"] = "1" };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    private static async Task<HttpStatusCode> GetAs(HttpClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var api = new KestrelApi(settings: Limits(("Proxy:KnownProxies:0", "127.0.0.1")));
        using var client = new HttpClient { BaseAddress = api.BaseAddress };

        var first = await GetAs(client, "203.0.113.1");
        var other = await GetAs(client, "203.0.113.2");
        var firstAgain = await GetAs(client, "203.0.113.1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [first, other, firstAgain]);
    }

    [Fact]
    public async Task Without_a_configured_proxy_x_forwarded_for_is_ignored()
    {
        await using var api = new KestrelApi(settings: Limits());
        using var client = new HttpClient { BaseAddress = api.BaseAddress };

        var first = await GetAs(client, "203.0.113.1");
        var spoofed = await GetAs(client, "203.0.113.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [first, spoofed]);
    }

    [Fact]
    public async Task Only_the_hop_the_proxy_added_is_believed()
    {
        // the client wrote 198.51.100.9 itself; the proxy appended the address it saw (203.0.113.1)
        await using var api = new KestrelApi(settings: Limits(("Proxy:KnownProxies:0", "127.0.0.1")));
        using var client = new HttpClient { BaseAddress = api.BaseAddress };

        var first = await GetAs(client, "198.51.100.9, 203.0.113.1");
        var sameClientOtherSpoof = await GetAs(client, "198.51.100.10, 203.0.113.1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [first, sameClientOtherSpoof]);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies:0", "not-an-address")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0/99")]
    [InlineData("Proxy:ForwardLimit", "0")]
    public void A_bad_proxy_setting_stops_the_start_with_its_name(string key, string value)
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string> { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());
        Assert.Contains("Proxy:", error.ToString());
    }
}
