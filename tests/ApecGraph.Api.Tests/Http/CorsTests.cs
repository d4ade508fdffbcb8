using System.Net;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Http;

/// <summary>Dashboards on other origins: preflights answered and cached, answers readable from any origin by default,
/// from the configured ones only when Cors:AllowedOrigins is set.</summary>
public sealed class CorsTests
{
    [Fact]
    public async Task A_preflight_from_a_browser_origin_is_answered_and_cached()
    {
        using var api = new ApiFactory();

        using var answer = await Preflight(api.CreateClient(), "https://dashboard.example");

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("*", Header(answer, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(answer, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("content-type", Header(answer, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("7200", Header(answer, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task By_default_any_origin_may_read_an_answer()
    {
        using var api = new ApiFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", "https://dashboard.example");

        using var answer = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("*", Header(answer, "Access-Control-Allow-Origin"));
        Assert.Contains("X-Request-Id", Header(answer, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Configured_origins_are_the_only_ones_allowed()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string> { ["Cors:AllowedOrigins"] = "https://a.example, https://b.example/" });
        using var client = api.CreateClient();

        using var allowed = await Preflight(client, "https://b.example");
        using var other = await Preflight(client, "https://evil.example");

        Assert.Equal("https://b.example", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> Preflight(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Header(HttpResponseMessage answer, string name) =>
        answer.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
