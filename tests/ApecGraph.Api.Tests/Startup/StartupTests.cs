using System.Net;
using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Startup;

public sealed class StartupTests
{
    [Fact]
    public void The_api_refuses_to_start_on_an_invalid_graph_and_says_why()
    {
        using var graph = new SyntheticGraph(proposals: 3);
        var file = Path.Combine(graph.GraphSeedsPath, "bulk.yaml");
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("to: meeting:m0", "to: meeting:nowhere")
            .Replace("quote: \"Meeting M1.\"", "quote: \"Meeting M1 was never held.\""));
        using var api = new ApiFactory(graph.GraphSeedsPath);

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());
        var message = error.ToString();
        Assert.Contains("meeting:nowhere", message);
        Assert.Contains("Meeting M1 was never held.", message);
        Assert.Contains("graph-seeds/bulk.yaml", message);
    }

    [Fact]
    public async Task Health_reports_the_store_and_its_counts()
    {
        // a synthetic graph of known size: 1 document, 4 economies, 2 meetings and 7 proposals (14 entities); 3 stated
        // relations per proposal (21) and one MENTIONS from the document to each of the 13 entities it is quoted for
        using var graph = new SyntheticGraph(proposals: 7, economies: 4, meetings: 2);
        using var api = new ApiFactory(graph.GraphSeedsPath);
        using var response = await api.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var data = body.GetProperty("checks").GetProperty("graph-store").GetProperty("data");
        Assert.Equal(14, data.GetProperty("entities").GetInt32());
        Assert.Equal(34, data.GetProperty("relations").GetInt32());
    }

    [Fact]
    public async Task An_unavailable_store_is_503_on_health_and_a_coded_error_in_graphql()
    {
        using var api = ApiWhoseStoreFails(new GraphStoreUnavailableException("connection refused"));
        using var client = api.CreateClient();

        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var response = await client.PostAsync("""{ search(text: "VESOM") { score } }""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(["STORE_UNAVAILABLE"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_coded_error_without_internals()
    {
        using var api = ApiWhoseStoreFails(new InvalidOperationException("secret detail at line 42"));

        var response = await api.CreateClient().PostAsync("""{ search(text: "VESOM") { score } }""");

        Assert.Equal(200, response.Status);
        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.DoesNotContain("secret detail", response.Root.ToString());
        Assert.DoesNotContain("InvalidOperationException", response.Root.ToString());
    }

    /// <summary>The API on the real graph, started healthy; from then on searches and status checks fail with <paramref name="failure"/>.</summary>
    private static ApiFactory ApiWhoseStoreFails(Exception failure)
    {
        FailingStore? store = null;
        var api = new ApiFactory(wrapStore: inner => store = new FailingStore(inner, failure));
        api.StartServer();
        store!.Failing = true;
        return api;
    }
}
