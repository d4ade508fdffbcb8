using System.Text.Json;
using System.Text.RegularExpressions;
using ApecGraph.Api.Tests.GraphiQL;

namespace ApecGraph.Api.Tests.Documents;

/// <summary>A document page in a real headless Chromium, served by the API on Kestrel (loopback only).</summary>
public sealed partial class DocumentPageBrowserTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Quote = "Malaysia successfully chaired the APEC Virtual Extraordinary Senior Officials’ Meeting (VESOM) on COVID-19";

    [Fact]
    public async Task A_highlighted_quote_links_to_the_relation_it_supports()
    {
        HeadlessChromium.FindOrSkip();
        using var api = new GraphiQLHost();
        using var chromium = new HeadlessChromium();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await using var page = await DevToolsPage.OpenAsync(chromium, new Uri(api.BaseAddress, "/documents/document:miti-vesom-2020"), timeout.Token);
        await page.SetViewportAsync(1400, 900, timeout.Token);
        Assert.True(await page.WaitForAsync("document.querySelectorAll('article.text mark').length > 10", Patience, timeout.Token), "no highlights rendered");

        // The passage listed with this quote, and every highlight carrying its number: together they read the quote.
        var number = (await page.EvaluateAsync($$"""
            [...document.querySelectorAll('li.passage')].find(li => li.querySelector('blockquote').textContent === {{JsonSerializer.Serialize(Quote)}})?.id.slice('passage-'.length) ?? ''
            """, timeout.Token)).GetString();
        Assert.False(string.IsNullOrEmpty(number), "no passage lists the quote");
        var highlighted = (await page.EvaluateAsync($$"""
            [...document.querySelectorAll('article.text mark')].filter(m => m.dataset.passages.split(' ').includes('{{number}}')).map(m => m.textContent).join('')
            """, timeout.Token)).GetString()!;
        Assert.Equal(Quote, Folded(highlighted));

        // Clicking the quote's first highlight goes to a passage covering it, shown in the list beside the text.
        var target = (await page.EvaluateAsync($$"""
            (() => { const m = [...document.querySelectorAll('article.text mark')].find(m => m.dataset.passages.split(' ').includes('{{number}}'));
                     m.querySelector('a').click(); return location.hash; })()
            """, timeout.Token)).GetString()!;
        Assert.Matches("^#passage-\\d+$", target);
        Assert.True(await page.WaitForAsync($"document.querySelector('{target}').matches(':target')", Patience, timeout.Token));

        // The quote's own passage: its fact is Malaysia CHAIRED the VESOM, both ends linking to the explorer.
        var fact = await page.EvaluateAsync($$"""
            (() => { const f = [...document.querySelectorAll('#passage-{{number}} li.fact.relation')].find(f => f.querySelector('.type').textContent === 'CHAIRED');
                     return f ? { text: f.textContent, links: [...f.querySelectorAll('a.entity')].map(a => a.getAttribute('href')) } : null; })()
            """, timeout.Token);
        Assert.Equal(JsonValueKind.Object, fact.ValueKind);
        Assert.Equal(["/explore?id=economy%3Amalaysia", "/explore?id=meeting%3Avesom-2020-05-27"], fact.GetProperty("links").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Malaysia", fact.GetProperty("text").GetString());

        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", "document-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.EvaluateAsync("window.scrollTo(0, 0)", timeout.Token);
        await page.ScreenshotAsync(shot, timeout.Token);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {shot}");
        Assert.True(new FileInfo(shot).Length > 10_000, "the screenshot is empty");
    }

    private static string Folded(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
