using System.Text.Json;
using ApecGraph.Api.Explorer;
using ApecGraph.Api.Tests.GraphiQL;

using Xunit;

namespace ApecGraph.Api.Tests.Explorer;

/// <summary>The explorer in a headless Chromium tab, used as a person would: real mouse clicks at where a node or edge is
/// drawn, typed text and keys. Records every URL the page asked for and any Content-Security-Policy violation.</summary>
public sealed class ExplorerTab : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const string RecordViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    private readonly CancellationToken _cancellationToken;

    private readonly string _label;

    private ExplorerTab(DevToolsPage page, GraphiQLHost api, string label, CancellationToken cancellationToken) =>
        (Page, Api, _label, _cancellationToken) = (page, api, label, cancellationToken);

    public DevToolsPage Page { get; }
    public GraphiQLHost Api { get; }

    /// <summary>Skips the test (with its reason) without Chromium or without the npm-installed graph library.</summary>
    public static void SkipUnlessRunnable()
    {
        HeadlessChromium.FindOrSkip();
        if (!ExplorerAssets.LibraryIsInstalled)
            Assert.Skip($"Cytoscape.js not in {ExplorerAssets.Folder}: the build found no npm (install Node.js + npm, rebuild).");
    }

    /// <summary>Opens the page and waits until it is interactive; <paramref name="label"/> prefixes the screenshots' names (e.g. the store).</summary>
    public static async Task<ExplorerTab> OpenAsync(GraphiQLHost api, HeadlessChromium chromium, string pathAndQuery, CancellationToken cancellationToken,
        string label = "")
    {
        var page = await DevToolsPage.OpenAsync(chromium, new Uri(api.BaseAddress, pathAndQuery), cancellationToken,
        [
            ("Network.enable", new { }),
            ("Page.enable", new { }),
            ("Emulation.setDeviceMetricsOverride", new { width = 1400, height = 900, deviceScaleFactor = 1, mobile = false }),
            ("Page.addScriptToEvaluateOnNewDocument", new { source = RecordViolations }),
        ]);
        var tab = new ExplorerTab(page, api, label, cancellationToken);
        Assert.True(await tab.WaitForAsync("document.body?.dataset.state === 'ready'"), $"{pathAndQuery} never became interactive: {await tab.TextAsync("#status")}");
        return tab;
    }

    public Task<bool> WaitForAsync(string expression) => Page.WaitForAsync(expression, Patience, _cancellationToken);

    public Task<JsonElement> EvaluateAsync(string expression) => Page.EvaluateAsync(expression, _cancellationToken);

    public async Task<string> TextAsync(string selector) =>
        (await EvaluateAsync($"document.querySelector({JsonSerializer.Serialize(selector)})?.innerText ?? ''")).GetString() ?? "";

    public async Task<int> CountAsync(string cytoscapeSelector) =>
        (await EvaluateAsync($"explorer.cy.elements({JsonSerializer.Serialize(cytoscapeSelector)}).length")).GetInt32();

    /// <summary>Clicks, with the mouse, where the node or edge with this id is drawn (an edge where no node covers it, as a
    /// person would).</summary>
    public async Task ClickElementAsync(string id, bool shift = false)
    {
        var at = await EvaluateAsync($$"""
            (() => { const cy = explorer.cy, e = cy.getElementById({{JsonSerializer.Serialize(id)}}); if (e.empty()) return null;
              const box = cy.container().getBoundingClientRect();
              const covered = (p) => cy.nodes().some((n) => { const b = n.renderedBoundingBox({ includeLabels: false });
                return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4; });
              let p = e.isNode() ? e.renderedPosition() : null;
              if (!p) {
                const [s, t] = [e.source().renderedPosition(), e.target().renderedPosition()];
                p = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((f) => ({ x: s.x + f * (t.x - s.x), y: s.y + f * (t.y - s.y) })).find((q) => !covered(q))
                  ?? e.renderedMidpoint();
              }
              return { x: box.left + p.x, y: box.top + p.y }; })()
            """);
        Assert.True(at.ValueKind == JsonValueKind.Object, $"{id} is not drawn");
        await ClickAsync(at.GetProperty("x").GetDouble(), at.GetProperty("y").GetDouble(), shift);
    }

    /// <summary>Clicks into the text box and types, as a keyboard would (input events).</summary>
    public async Task TypeAsync(string selector, string text)
    {
        var box = await EvaluateAsync($"(() => {{ const r = document.querySelector({JsonSerializer.Serialize(selector)}).getBoundingClientRect(); return {{ x: r.left + r.width / 2, y: r.top + r.height / 2 }}; }})()");
        await ClickAsync(box.GetProperty("x").GetDouble(), box.GetProperty("y").GetDouble(), shift: false);
        await Page.CommandAsync("Input.insertText", new { text }, _cancellationToken);
    }

    public async Task PressAsync(string key, int keyCode)
    {
        foreach (var type in new[] { "keyDown", "keyUp" })
            await Page.CommandAsync("Input.dispatchKeyEvent", new { type, key, code = key, windowsVirtualKeyCode = keyCode }, _cancellationToken);
    }

    private async Task ClickAsync(double x, double y, bool shift)
    {
        var modifiers = shift ? 8 : 0;
        await Page.CommandAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y, modifiers }, _cancellationToken);
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
            await Page.CommandAsync("Input.dispatchMouseEvent", new { type, x, y, modifiers, button = "left", clickCount = 1 }, _cancellationToken);
    }

    /// <summary>Saves a PNG under the test output's TestResults/screenshots/ and prints where.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"explorer-{_label}{name}.png");
        await Page.ScreenshotAsync(path, _cancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
    }

    /// <summary>Every request the page made went to the API's own origin, and the page broke no CSP rule.</summary>
    public async Task AssertOnlyTheApiWasAskedAsync()
    {
        var origin = Api.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(Page.RequestedUrls);
        Assert.All(Page.RequestedUrls, url => Assert.True(url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            $"the page asked {url}, not {origin}"));
        Assert.All(Api.GraphQLRequests, request => Assert.Equal("POST", request.Method));
        Assert.Equal("[]", (await EvaluateAsync("JSON.stringify(window.__cspViolations)")).GetString());
    }

    public async ValueTask DisposeAsync() => await Page.DisposeAsync();
}
