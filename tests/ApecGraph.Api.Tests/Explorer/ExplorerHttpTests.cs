using System.Net;
using System.Text.RegularExpressions;
using ApecGraph.Api.Explorer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

using Xunit;

namespace ApecGraph.Api.Tests.Explorer;

/// <summary>/explore over HTTP: the page, its headers and its assets, and what it says without the npm library.</summary>
public sealed class ExplorerHttpTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _api =
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Testing"));

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Page_sends_a_strict_content_security_policy_and_no_inline_script()
    {
        using var response = await _api.CreateClient().GetAsync("/explore?id=economy:malaysia", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.DoesNotMatch(new Regex("https?://|[\"'(]//", RegexOptions.IgnoreCase), html); // no CDN, not even protocol-relative
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html); // every script is a file
        Assert.Equal(!ExplorerAssets.LibraryIsInstalled, html.Contains("not installed"));
    }

    [Fact]
    public async Task Page_loads_its_library_script_and_styles_from_the_api()
    {
        ExplorerTab.SkipUnlessRunnable();
        var client = _api.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var html = await client.GetStringAsync("/explore", ct);

        var assets = Regex.Matches(html, "(?:src|href)=\"(/explore/assets/[^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(3, assets.Count); // cytoscape.min.js, explorer.js, explorer.css
        foreach (var url in assets)
        {
            using var asset = await client.GetAsync(url, ct);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{url}: {asset.StatusCode}");
            Assert.Equal(url.Split('?')[0].EndsWith(".css") ? "text/css" : "text/javascript", asset.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", asset.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True((await asset.Content.ReadAsByteArrayAsync(ct)).Length > 2_000, $"{url} is suspiciously small");
        }
    }

    [Theory]
    [InlineData("/explore/assets/appsettings.json")]
    [InlineData("/explore/assets/..%2Fappsettings.json")]
    [InlineData("/explore/assets/ApecGraph.Api.dll")]
    [InlineData("/explore/assets/cytoscape.umd.js")]
    public async Task Only_the_known_asset_files_are_served(string url)
    {
        using var response = await _api.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Without_the_library_the_page_says_how_to_install_it()
    {
        var html = ExplorerInstallHelp.Html("/base");

        Assert.Contains("not installed", html);
        Assert.Contains("npm ci --prefix src/ApecGraph.Api/explorer-ui", html);
        Assert.Contains("POST /base/graphql", html);
    }
}
