using System.Diagnostics;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Limits;

/// <summary>A request that runs past <c>RequestLimits:Timeout</c> is answered TIMEOUT, and its store work is cancelled.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task A_request_past_its_time_gets_TIMEOUT_and_cancels_the_store_call()
    {
        SlowStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new SlowStore(inner),
            settings: new Dictionary<string, string> { ["RequestLimits:Timeout"] = "00:00:00.300" });
        using var client = api.CreateClient();
        var clock = Stopwatch.StartNew();

        var response = await client.PostAsync("{ search(text: \"MITI\") { score } }");

        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
        await store!.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Under_graphql_response_json_a_timeout_without_data_is_504()
    {
        using var api = new ApiFactory(wrapStore: inner => new SlowStore(inner),
            settings: new Dictionary<string, string> { ["RequestLimits:Timeout"] = "00:00:00.200" });
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ search(text: \"MITI\") { score } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var answer = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var response = await GraphQLResponse.ReadAsync(answer);

        Assert.Equal(504, response.Status);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
    }
}
