using System.Net;
using System.Text.RegularExpressions;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Loading;

namespace ApecGraph.Api.Tests.Documents;

/// <summary>GET /documents/{id} over HTTP: the whole text with its quotes marked and linked, and clear error pages;
/// on the embedded store and (where NEO4J_URI is set) on Neo4j.</summary>
public abstract partial class DocumentPageTests(IApiUnderTest api)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_shows_the_whole_stored_text_and_loads_nothing_from_elsewhere()
    {
        using var response = await api.CreateClient().GetAsync("/documents/document:un-1540-star-2020", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var stored = File.ReadAllText(Path.Combine(GraphSources.Locate()!.SourcesDirectory, "002_e6b3f44697064034.txt"));
        Assert.Equal(stored, TextOf(html));
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Each_mark_links_to_a_listed_passage_and_each_passage_back_to_the_text()
    {
        var html = await api.CreateClient().GetStringAsync("/documents/document:miti-vesom-2020", Token);

        var links = MarkLinks().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        var passages = PassageIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(passages);
        Assert.Subset(passages.ToHashSet(), links);
        foreach (var number in passages)
            Assert.Contains($"<span class=\"anchor\" id=\"quote-{number}\"></span>", html);
    }

    [Theory]
    [InlineData("/documents/document:nope", "No such document")]
    [InlineData("/documents/economy:malaysia", "No such document")]
    public async Task An_unknown_document_is_a_404_page(string path, string says)
    {
        using var response = await api.CreateClient().GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, await response.Content.ReadAsStringAsync(Token));
    }

    [Theory]
    [InlineData("/documents/Document:X")]
    [InlineData("/documents/no-colon")]
    [InlineData("/documents/a/b")]
    [InlineData("/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task A_malformed_id_is_a_400_page_that_escapes_it(string path)
    {
        using var response = await api.CreateClient().GetAsync(path, Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Malformed document id", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task A_very_long_id_is_a_400_without_a_store_call()
    {
        using var response = await api.CreateClient().GetAsync("/documents/document:" + new string('a', 5000), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync(Token)).Length < 10_000);
    }

    // The article's text with the tags taken out and the entities decoded.
    internal static string TextOf(string html)
    {
        var article = Article().Match(html);
        Assert.True(article.Success, "no article in the page");
        return WebUtility.HtmlDecode(Tags().Replace(article.Groups[1].Value, ""));
    }

    [GeneratedRegex("<article class=\"text\" lang=\"en\">(.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex Article();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<mark [^>]*><a href=\"#passage-(\\d+)\"")]
    private static partial Regex MarkLinks();

    [GeneratedRegex("<li id=\"passage-(\\d+)\"")]
    private static partial Regex PassageIds();
}

[Collection(SharedApi.Name)]
public sealed class DocumentPageTestsOnEmbeddedStore(RepositoryApi api) : DocumentPageTests(api);

[Collection(Neo4jApiCollection.Name)]
public sealed class DocumentPageTestsOnNeo4j(Neo4jApi api) : DocumentPageTests(api);
