using ApecGraph.Api.Tests.GraphiQL;
using ApecGraph.Api.Tests.Infrastructure;

using Xunit;

namespace ApecGraph.Api.Tests.Explorer;

/// <summary>A hub with a thousand neighbours stays a readable drawing: grouped, paged, in bounded time and elements.</summary>
public sealed class ExplorerHubTests
{
    // Bounds a person would accept on this 2-core machine under load, far below what drawing 1,000 nodes takes.
    private const int InteractiveWithinMs = 15_000, MaxElementsOnOpen = 20, MaxMsPerPage = 5_000;

    [Fact]
    public async Task A_hub_of_1000_proposals_opens_as_a_group_that_adds_25_at_a_time()
    {
        ExplorerTab.SkipUnlessRunnable();
        // Economies E0 and E1 jointly propose every one of 1,000 proposals, all deliberated at meeting M0.
        using var graph = new SyntheticGraph(proposals: 1000, economies: 2, meetings: 1);
        using var api = new GraphiQLHost(graph.GraphSeedsPath);
        using var chromium = new HeadlessChromium();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(150));

        await using var tab = await ExplorerTab.OpenAsync(api, chromium, "/explore?id=economy:e0", timeout.Token);

        var readyAt = int.Parse((await tab.EvaluateAsync("document.body.dataset.readyAt")).GetString()!);
        Assert.True(readyAt < InteractiveWithinMs, $"interactive after {readyAt} ms");
        var elements = await tab.CountAsync("*");
        Assert.True(elements <= MaxElementsOnOpen, $"{elements} elements drawn for the hub");
        Assert.Equal(0, (await tab.EvaluateAsync("explorer.cy.nodes('[kind = \"PROPOSAL\"]').not('.group').length")).GetInt32());
        // One aggregate node says what it holds and that the API has more than it gave.
        Assert.Equal(1, await tab.CountAsync("node.group[kind = \"PROPOSAL\"]"));
        var label = (await tab.EvaluateAsync("explorer.cy.$('node.group').data('label')")).GetString()!;
        Assert.Contains("PROPOSED → 500+ proposals", label);
        Assert.Contains("click for 25 more", label);
        Assert.Contains("at most 500", await tab.TextAsync("#status"));
        await tab.ScreenshotAsync("7-hub-open");

        var group = (await tab.EvaluateAsync("explorer.cy.$('node.group').id()")).GetString()!;
        for (var page = 1; page <= 2; page++)
        {
            var clicked = await tab.EvaluateAsync("performance.now()");
            await tab.ClickElementAsync(group);
            Assert.True(await tab.WaitForAsync($"explorer.cy.nodes('[kind = \"PROPOSAL\"]').not('.group').length === {25 * page}"),
                $"page {page}: {await tab.CountAsync("node[kind = \"PROPOSAL\"]")} proposal nodes");
            var took = (await tab.EvaluateAsync("performance.now()")).GetDouble() - clicked.GetDouble();
            Assert.True(took < MaxMsPerPage, $"page {page} took {took:F0} ms");
        }
        Assert.Contains($"{50} shown", (await tab.EvaluateAsync("explorer.cy.$('node.group').data('label')")).GetString());
        Assert.True(await tab.CountAsync("*") <= MaxElementsOnOpen + 2 * 25 * 2, "more drawn than two pages add");
        await tab.ScreenshotAsync("8-hub-two-pages");

        // A proposal of the hub expands to its own few neighbours; its meeting (itself a hub of 1,000) arrives as one node.
        await tab.ClickElementAsync("proposal:p0");
        Assert.True(await tab.WaitForAsync("explorer.cy.$id('meeting:m0').nonempty() && document.body.dataset.state === 'ready'"), await tab.TextAsync("#status"));
        Assert.Equal(1, await tab.CountAsync("node[id = \"economy:e1\"]"));
        await tab.ScreenshotAsync("9-hub-proposal-expanded");
        await tab.AssertOnlyTheApiWasAskedAsync();
    }
}
