using System.Net;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Documents;

/// <summary>A small graph of our own: overlapping quotes, and text and names that would be markup if not escaped.</summary>
public sealed class DocumentPageMarkupTests : IDisposable
{
    private const string Text = "Alpha beta gamma <script>alert(1)</script> & done.\nLine one  \n  line two.\n";

    private const string Yaml = """
        entities:
          - id: document:d
            kind: DOCUMENT
            name: "Doc <b>bold</b>"
            properties:
              source: d.txt
            evidence:
              - doc: document:d
                quote: Alpha beta
          - id: topic:t
            kind: TOPIC
            name: "Topic <i>T</i> & co"
            evidence:
              - doc: document:d
                quote: beta gamma
              - doc: document:d
                quote: "<script>alert(1)</script> &"
              - doc: document:d
                quote: one line two
        """;

    private readonly string root = Directory.CreateTempSubdirectory("apecgraph-docpage-").FullName;

    public DocumentPageMarkupTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        Directory.CreateDirectory(Path.Combine(root, "graph-seeds"));
        File.WriteAllText(Path.Combine(root, "seeds", "d.txt"), Text);
        File.WriteAllText(Path.Combine(root, "graph-seeds", "d.yaml"), Yaml);
    }

    [Fact]
    public async Task Overlapping_quotes_mark_the_shared_words_once_with_both_passages()
    {
        using var api = new ApiFactory(Path.Combine(root, "graph-seeds"));
        var html = await api.CreateClient().GetStringAsync("/documents/document:d", TestContext.Current.CancellationToken);

        // passage 1 "Alpha beta" and passage 2 "beta gamma" share "beta"
        Assert.Contains("""<mark class="depth-1" data-passages="1"><a href="#passage-1" title="Passage 1">Alpha </a></mark>""", html);
        Assert.Contains("""<mark class="depth-2" data-passages="1 2"><a href="#passage-1" title="Passage 1 2">beta</a></mark>""", html);
        Assert.Contains("""<mark class="depth-1" data-passages="2"><a href="#passage-2" title="Passage 2"> gamma</a></mark>""", html);
        Assert.Equal(Text, DocumentPageTests.TextOf(html));
    }

    [Fact]
    public async Task A_quote_across_a_line_break_keeps_the_break_in_its_mark_unshaded()
    {
        using var api = new ApiFactory(Path.Combine(root, "graph-seeds"));
        var html = await api.CreateClient().GetStringAsync("/documents/document:d", TestContext.Current.CancellationToken);

        Assert.Contains("><a href=\"#passage-4\" title=\"Passage 4\">one<span class=\"br\">  \n  </span>line two</a></mark>", html);
    }

    [Fact]
    public async Task Text_names_and_quotes_from_the_data_are_escaped()
    {
        using var api = new ApiFactory(Path.Combine(root, "graph-seeds"));
        using var response = await api.CreateClient().GetAsync("/documents/document:d", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Contains("Topic &lt;i&gt;T&lt;/i&gt; &amp; co", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
