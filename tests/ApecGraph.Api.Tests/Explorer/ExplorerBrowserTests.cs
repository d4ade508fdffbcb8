using ApecGraph.Api.Tests.GraphiQL;
using ApecGraph.Api.Tests.Infrastructure;

using Xunit;

namespace ApecGraph.Api.Tests.Explorer;

/// <summary>The explorer in a real headless Chromium against the API on Kestrel, with no network beyond loopback, used
/// as a researcher would: type, pick, click nodes and edges, read the evidence. Screenshots of each step are saved.
/// On the embedded store here; <see cref="ExplorerBrowserTestsOnNeo4j"/> runs the same on Neo4j.</summary>
public class ExplorerBrowserTests
{
    /// <summary>The API these tests drive, on real Kestrel.</summary>
    protected virtual GraphiQLHost StartApi() => new();

    /// <summary>Prefix of the screenshots' file names.</summary>
    protected virtual string Store => "";

    private static CancellationTokenSource Timeout()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(150));
        return timeout;
    }

    [Fact]
    public async Task Search_MITI_pick_it_expand_a_neighbour_and_read_the_quote_of_an_edge()
    {
        ExplorerTab.SkipUnlessRunnable();
        using var api = StartApi();
        using var chromium = new HeadlessChromium();
        using var timeout = Timeout();
        await using var tab = await ExplorerTab.OpenAsync(api, chromium, "/explore", timeout.Token, Store);

        await tab.TypeAsync("#search", "MITI");
        Assert.True(await tab.WaitForAsync("!!document.querySelector('#search-list li[data-id=\"organisation:miti\"]')"), "no suggestion for MITI");
        var suggestion = await tab.TextAsync("#search-list li[data-id=\"organisation:miti\"]");
        Assert.Contains("organisation", suggestion, StringComparison.OrdinalIgnoreCase); // its kind
        Assert.Contains("Ministry of International Trade and Industry", suggestion); // its name
        Assert.Contains("matched “MITI”", suggestion); // and the alias that matched
        await tab.ScreenshotAsync("1-suggestions");

        // Keyboard: down to the suggestion (bounded), Enter picks it.
        for (var i = 0; i < 10 && (await tab.EvaluateAsync("document.querySelector('#search-list [aria-selected=\"true\"]')?.dataset.id")).GetString() != "organisation:miti"; i++)
            await tab.PressAsync("ArrowDown", 40);
        await tab.PressAsync("Enter", 13);
        Assert.True(await tab.WaitForAsync("explorer.cy.$('node.focus').id() === 'organisation:miti' && document.body.dataset.state === 'ready'"), await tab.TextAsync("#status"));
        Assert.Equal("?id=organisation%3Amiti", (await tab.EvaluateAsync("location.search")).GetString());
        Assert.Contains("Ministry of International Trade and Industry", await tab.TextAsync("#details h2"));
        Assert.Equal(1, await tab.CountAsync("node[id = \"economy:malaysia\"]")); // BELONGS_TO Malaysia
        Assert.Equal(1, await tab.CountAsync("node[id = \"person:hairil-yahri-yaacob\"]")); // HOLDS_POST at MITI
        await tab.ScreenshotAsync("2-miti");

        // Click Malaysia: its own neighbours are added.
        Assert.Equal(0, await tab.CountAsync("node[id = \"organisation:malaysia-central-bank\"]"));
        await tab.ClickElementAsync("economy:malaysia");
        Assert.True(await tab.WaitForAsync("explorer.cy.$id('organisation:malaysia-central-bank').nonempty() && document.body.dataset.state === 'ready'"),
            $"expanding Malaysia drew no new neighbour: {await tab.TextAsync("#status")}");
        Assert.Equal(1, await tab.CountAsync("node[id = \"meeting:vesom-2020-05-27\"]")); // CHAIRED by Malaysia
        await tab.ScreenshotAsync("3-malaysia-expanded");

        // Click the MITI -> Malaysia edge: the relation, both ends, and its quote with its document.
        const string edge = "organisation:miti|BELONGS_TO|economy:malaysia";
        await tab.ClickElementAsync(edge);
        Assert.True(await tab.WaitForAsync($"!!document.querySelector('#details .relation[data-relation=\"{edge}\"]')"), $"no relation shown: {await tab.TextAsync("#status")}");
        var relation = await tab.TextAsync("#details .relation");
        Assert.Contains("BELONGS_TO", relation);
        Assert.Contains("Ministry of International Trade and Industry", relation);
        Assert.Contains("Malaysia", relation);
        Assert.Contains("modality", relation);
        Assert.Contains("Malaysia’s Ministry of International Trade and Industry", await tab.TextAsync("#details .relation blockquote")); // graph-seeds' quote
        Assert.Equal("/documents/document%3Aun-1540-star-2020",
            (await tab.EvaluateAsync("document.querySelector('#details .relation cite a').getAttribute('href')")).GetString());
        Assert.Equal("Information Note", await tab.TextAsync("#details .relation cite a")); // the document's title
        await tab.ScreenshotAsync("4-edge-evidence");

        await tab.AssertOnlyTheApiWasAskedAsync();
    }

    [Fact]
    public async Task Path_from_Chile_to_resolution_1540_is_drawn_with_the_evidence_of_each_hop()
    {
        ExplorerTab.SkipUnlessRunnable();
        using var api = StartApi();
        using var chromium = new HeadlessChromium();
        using var timeout = Timeout();
        await using var tab = await ExplorerTab.OpenAsync(api, chromium, "/explore?id=economy:chile", timeout.Token, Store);
        Assert.Contains("Chile", await tab.TextAsync("#details h2"));

        await tab.TypeAsync("#path-search", "Resolution 1540");
        Assert.True(await tab.WaitForAsync("!!document.querySelector('#path-search-list li[data-id=\"resolution:1540-2004\"]')"), "no suggestion for resolution 1540");
        for (var i = 0; i < 10 && (await tab.EvaluateAsync("document.querySelector('#path-search-list [aria-selected=\"true\"]')?.dataset.id")).GetString() != "resolution:1540-2004"; i++)
            await tab.PressAsync("ArrowDown", 40);
        await tab.PressAsync("Enter", 13);

        Assert.True(await tab.WaitForAsync("!!document.querySelector('#details .paths .path') && document.body.dataset.state === 'ready'"), await tab.TextAsync("#status"));
        Assert.Equal("?from=economy%3Achile&to=resolution%3A1540-2004", (await tab.EvaluateAsync("location.search")).GetString());
        // The shortest path the repository graph has: 5 hops, Chile's official presenting at the STAR 2020 session...
        Assert.Contains("Path 1 (5 hops): Chile · Juan Pablo Rosso Streeter", await tab.TextAsync("#details .path summary"));
        Assert.EndsWith("Resolution 1540 (2004)", (await tab.TextAsync("#details .path summary")).Trim());
        // ...each hop with its relation and at least one quote with its document.
        Assert.Equal(5, (await tab.EvaluateAsync("document.querySelectorAll('#details .path')[0].querySelectorAll('.hops > li').length")).GetInt32());
        Assert.True((await tab.EvaluateAsync("[...document.querySelectorAll('#details .path')[0].querySelectorAll('.hops > li')].every(hop => hop.querySelector('blockquote')?.innerText.length > 0 && hop.querySelector('cite a')?.getAttribute('href').startsWith('/documents/'))")).GetBoolean(),
            "a hop of the path shows no quote or no document link");
        Assert.Contains("Mr. Juan Pablo Rosso Streeter, Directorate of International and Human Security, Ministry of Foreign Affairs of Chile", await tab.TextAsync("#details .path .hops > li"));
        Assert.Equal(1, await tab.CountAsync("node.on-path[id = \"resolution:1540-2004\"]"));
        Assert.True(await tab.CountAsync("edge.on-path") >= 5);
        await tab.ScreenshotAsync("5-path-chile-1540");

        await tab.AssertOnlyTheApiWasAskedAsync();
    }

    [Fact]
    public async Task Shift_click_on_a_node_draws_the_paths_to_it()
    {
        ExplorerTab.SkipUnlessRunnable();
        using var api = StartApi();
        using var chromium = new HeadlessChromium();
        using var timeout = Timeout();
        await using var tab = await ExplorerTab.OpenAsync(api, chromium, "/explore?id=organisation:miti", timeout.Token, Store);

        await tab.ClickElementAsync("person:hairil-yahri-yaacob", shift: true);

        Assert.True(await tab.WaitForAsync("!!document.querySelector('#details .paths .path') && document.body.dataset.state === 'ready'"), await tab.TextAsync("#status"));
        Assert.Equal("?from=organisation%3Amiti&to=person%3Ahairil-yahri-yaacob", (await tab.EvaluateAsync("location.search")).GetString());
        Assert.Equal("Path 1 (1 hop): Ministry of International Trade and Industry · Hairil Yahri Yaacob", (await tab.TextAsync("#details .path summary")).Trim());
        Assert.Contains("HOLDS_POST", await tab.TextAsync("#details .path .relation h3"));
        Assert.Equal(1, await tab.CountAsync("edge.on-path[id = \"person:hairil-yahri-yaacob|HOLDS_POST|organisation:miti\"]"));
        await tab.AssertOnlyTheApiWasAskedAsync();
    }

    [Fact]
    public async Task Deep_links_open_the_entity_or_the_path_they_name()
    {
        ExplorerTab.SkipUnlessRunnable();
        using var api = StartApi();
        using var chromium = new HeadlessChromium();
        using var timeout = Timeout();

        await using (var tab = await ExplorerTab.OpenAsync(api, chromium, "/explore?id=economy:malaysia", timeout.Token, Store))
        {
            Assert.Equal("economy:malaysia", (await tab.EvaluateAsync("explorer.cy.$('node.focus').id()")).GetString());
            Assert.Contains("Malaysia", await tab.TextAsync("#details h2"));
            Assert.Equal(1, await tab.CountAsync("node[id = \"organisation:miti\"]"));
            await tab.ScreenshotAsync("6-deep-link-malaysia");
            // Another pick pushes its own address; Back returns to Malaysia.
            await tab.TypeAsync("#search", "Chile");
            Assert.True(await tab.WaitForAsync("!!document.querySelector('#search-list li[data-id=\"economy:chile\"]')"), "no suggestion for Chile");
            await tab.PressAsync("Enter", 13);
            Assert.True(await tab.WaitForAsync("explorer.cy.$('node.focus').id() === 'economy:chile' && location.search === '?id=economy%3Achile'"), await tab.TextAsync("#status"));
            await tab.EvaluateAsync("history.back()");
            Assert.True(await tab.WaitForAsync("explorer.cy.$('node.focus').id() === 'economy:malaysia' && document.body.dataset.state === 'ready'"), "Back did not return to Malaysia");
            Assert.Equal("?id=economy:malaysia", (await tab.EvaluateAsync("location.search")).GetString());
            await tab.AssertOnlyTheApiWasAskedAsync();
        }
        using var chromium2 = new HeadlessChromium();
        await using (var tab = await ExplorerTab.OpenAsync(api, chromium2, "/explore?from=economy:chile&to=resolution:1540-2004", timeout.Token, Store))
        {
            Assert.Contains("Path 1 (5 hops): Chile", await tab.TextAsync("#details .path summary"));
            Assert.Equal(1, await tab.CountAsync("node.on-path[id = \"economy:chile\"]"));
            Assert.Equal(1, await tab.CountAsync("node.on-path[id = \"resolution:1540-2004\"]"));
        }
        using var chromium3 = new HeadlessChromium();
        await using (var tab = await ExplorerTab.OpenAsync(api, chromium3, "/explore?id=economy:atlantis", timeout.Token, Store))
        {
            Assert.Contains("No entity has the id economy:atlantis", await tab.TextAsync("#status"));
            Assert.Equal(0, await tab.CountAsync("node"));
        }
    }
}

/// <summary>The same person's use of the explorer, on the Neo4j store (skipped, with the reason, where none can be had).</summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class ExplorerBrowserTestsOnNeo4j(Neo4jApi neo4j) : ExplorerBrowserTests
{
    protected override GraphiQLHost StartApi() => new(settings: neo4j.SettingsOrSkip());

    protected override string Store => "neo4j-";
}
