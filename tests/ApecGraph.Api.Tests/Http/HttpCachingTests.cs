using System.Net;
using System.Net.Http.Headers;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Http;

/// <summary>A dashboard that GETs the same query again gets 304 and no body when nothing changed.</summary>
public sealed class HttpCachingTests
{
    private const string Proposals = "/graphql?query=%7B%20proposals(first%3A%203)%20%7B%20edges%20%7B%20node%20%7B%20id%20title%20%7D%20%7D%20%7D%20%7D";
    private const string Economies = "/graphql?query=%7B%20economies%20%7B%20totalCount%20%7D%20%7D";

    [Fact]
    public async Task A_get_answer_has_an_etag_and_if_none_match_gets_304_without_a_body()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var cancel = TestContext.Current.CancellationToken;

        using var first = await client.GetAsync(Proposals, cancel);
        using var again = await client.GetAsync(Proposals, cancel);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, Proposals);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional, cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(cancel));
        Assert.Equal(first.Headers.ETag, notModified.Headers.ETag);
    }

    [Fact]
    public async Task Another_query_has_another_etag_and_a_stale_etag_gets_the_answer()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var cancel = TestContext.Current.CancellationToken;

        using var proposals = await client.GetAsync(Proposals, cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, Economies);
        request.Headers.IfNoneMatch.Add(proposals.Headers.ETag!);
        using var economies = await client.SendAsync(request, cancel);

        Assert.Equal(HttpStatusCode.OK, economies.StatusCode);
        Assert.NotEqual(proposals.Headers.ETag, economies.Headers.ETag);
        Assert.Contains("totalCount", await economies.Content.ReadAsStringAsync(cancel));
    }

    [Fact]
    public async Task Posts_and_answers_with_errors_carry_no_etag()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var cancel = TestContext.Current.CancellationToken;

        using var post = await client.PostAsync("/graphql", new StringContent("""{"query":"{ economies { totalCount } }"}""",
            System.Text.Encoding.UTF8, "application/json"), cancel);
        using var error = await client.GetAsync("/graphql?query=%7B%20noSuchField%20%7D", cancel);

        Assert.Null(post.Headers.ETag);
        Assert.Null(error.Headers.ETag);
    }

    [Fact]
    public async Task Cache_control_is_configurable()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string> { ["HttpCaching:CacheControl"] = "public, max-age=60" });

        using var answer = await api.CreateClient().GetAsync(Economies, TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(60), answer.Headers.CacheControl?.MaxAge);
    }
}
