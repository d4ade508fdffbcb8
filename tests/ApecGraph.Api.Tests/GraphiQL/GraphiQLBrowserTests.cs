using Xunit;

namespace ApecGraph.Api.Tests.GraphiQL;

/// <summary>GraphiQL in a real headless Chromium against the API on Kestrel, with no network beyond loopback.</summary>
public sealed class GraphiQLBrowserTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task GraphiQL_renders_in_chromium_from_the_apis_own_assets()
    {
        HeadlessChromium.FindOrSkip();
        GraphiQLHost.SkipUnlessAssetsInstalled();
        using var api = new GraphiQLHost();
        using var chromium = new HeadlessChromium();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));

        var dom = await chromium.DumpDomAsync(new Uri(api.BaseAddress, "/graphiql"), timeout.Token);

        Assert.Contains("graphiql-container", dom);
        Assert.Contains("graphiql-query-editor", dom);
        Assert.Contains("graphiql-execute-button", dom);
        Assert.Contains("startDate", dom); // the default query, rendered by the editor
        Assert.DoesNotContain("Loading GraphiQL", dom);
    }

    [Fact]
    public async Task Running_the_default_query_posts_it_to_graphql_and_shows_a_result()
    {
        HeadlessChromium.FindOrSkip();
        GraphiQLHost.SkipUnlessAssetsInstalled();
        using var api = new GraphiQLHost();
        using var chromium = new HeadlessChromium();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await using var page = await DevToolsPage.OpenAsync(chromium, new Uri(api.BaseAddress, "/graphiql"), timeout.Token);

        // The button appears before CodeMirror has loaded the query; clicking earlier would do nothing.
        Assert.True(await page.WaitForAsync("(document.querySelector('.graphiql-query-editor')?.innerText ?? '').includes('startDate')",
            Patience, timeout.Token), "GraphiQL did not render the default query");
        // Under load GraphiQL may ignore a click while it is still starting: click again until the query is sent (bounded).
        for (var attempt = 0; attempt < 10 && !api.GraphQLRequests.Any(IsDefaultQuery); attempt++)
        {
            await page.EvaluateAsync("document.querySelector('.graphiql-execute-button').click()", timeout.Token);
            for (var waited = 0; !api.GraphQLRequests.Any(IsDefaultQuery) && waited < 15; waited++)
                await Task.Delay(200, timeout.Token);
        }

        // What reached the server: a POST of JSON asking for the GraphQL response media type.
        var query = api.GraphQLRequests.FirstOrDefault(IsDefaultQuery);
        Assert.True(query is not null, "clicking Run never sent the default query to /graphql");
        Assert.Equal("POST", query.Method);
        Assert.StartsWith("application/json", query.ContentType);
        Assert.StartsWith("application/graphql-response+json", query.Accept);
        // The researcher sees the answer (the panel renders only its visible lines: the top of the data).
        var shown = await page.WaitForAsync("/\"totalCount\": \\d+/.test(document.querySelector('.result-window')?.innerText ?? '')",
            Patience, timeout.Token);
        await page.ScreenshotAsync(Path.Combine(Path.GetTempPath(), "apecgraph-graphiql-result.png"), timeout.Token);
        var result = (await page.EvaluateAsync("document.querySelector('.result-window')?.innerText ?? ''", timeout.Token)).ToString();
        Assert.True(shown, $"the result panel shows no proposals: {result}");
        Assert.Contains("\"proposals\"", result);
        Assert.DoesNotContain("\"errors\"", result);
    }

    private static bool IsDefaultQuery(RecordedRequest request) => request.Body.Contains("proposals(first: 20)");
}
