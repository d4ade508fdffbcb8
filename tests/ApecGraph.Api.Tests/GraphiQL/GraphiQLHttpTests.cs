using System.Net;
using System.Text.RegularExpressions;
using ApecGraph.Api.GraphiQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

using Xunit;

namespace ApecGraph.Api.Tests.GraphiQL;

public sealed class GraphiQLHttpTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _api =
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Testing"));

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Page_is_served_as_html_with_or_without_the_assets()
    {
        using var response = await _api.CreateClient().GetAsync("/graphiql", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ApecGraph GraphiQL", html);
        Assert.Equal(!GraphiQLAssets.AreInstalled, html.Contains("not installed"));
    }

    [Fact]
    public async Task Page_is_html_that_loads_only_its_own_assets()
    {
        GraphiQLHost.SkipUnlessAssetsInstalled();
        var client = _api.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        using var response = await client.GetAsync("/graphiql", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>ApecGraph GraphiQL</title>", html);
        Assert.Contains("proposals(first: 20)", html);
        Assert.Contains("application/graphql-response+json", html);
        Assert.DoesNotMatch(new Regex("https?://|[\"'(]//", RegexOptions.IgnoreCase), html); // no CDN, not even protocol-relative
        Assert.Contains("<a href=\"/explore\">", html); // the visible link to the explorer
        var assets = Regex.Matches(html, "(?:<script src|<link rel=\"stylesheet\" href)=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(4, assets.Count);
        foreach (var url in assets)
        {
            Assert.StartsWith("/graphiql/assets/", url);
            using var asset = await client.GetAsync(url, ct);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{url}: {asset.StatusCode}");
            var expected = url.Split('?')[0].EndsWith(".css") ? "text/css" : "text/javascript";
            Assert.Equal(expected, asset.Content.Headers.ContentType?.MediaType);
            Assert.Contains("max-age=", asset.Headers.CacheControl?.ToString());
            Assert.True((await asset.Content.ReadAsByteArrayAsync(ct)).Length > 5_000, $"{url} is suspiciously small");
        }
    }

    [Theory]
    [InlineData("/graphiql/assets/appsettings.json")]
    [InlineData("/graphiql/assets/..%2Fappsettings.json")]
    [InlineData("/graphiql/assets/ApecGraph.Api.dll")]
    public async Task Only_the_known_asset_files_are_served(string url)
    {
        using var response = await _api.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Without_assets_the_page_says_how_to_install_them_and_how_to_use_the_api()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 5000);

        var html = GraphiQLInstallHelp.Html(context);

        Assert.Contains("not installed", html);
        Assert.Contains("Node.js", html);
        Assert.Contains("npm ci --prefix src/ApecGraph.Api/graphiql-ui", html);
        Assert.Contains("curl -X POST http://localhost:5000/graphql", html);
        Assert.DoesNotContain("<script", html);
    }
}
