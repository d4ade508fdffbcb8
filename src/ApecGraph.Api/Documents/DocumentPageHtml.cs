using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ApecGraph.Api.Documents;

/// <summary>
/// A document page: the whole source text with every quoted passage in a <c>&lt;mark&gt;</c> linking to its entry in the
/// list of passages beside the text (<c>#passage-N</c>), where each passage lists the facts it supports and links back
/// (<c>#quote-N</c>). Where quotes overlap, each piece of text is marked once, linked to the innermost passage, with
/// every covering passage in <c>data-passages</c> and a darker shade for each extra one.
/// </summary>
internal static partial class DocumentPageHtml
{
    private const int ExcerptLength = 160;

    public static string Render(DocumentPageData data, string pathBase)
    {
        var text = data.Text ?? "";
        var passages = QuotedPassages.Group(data.Facts, text.Length);
        var segments = QuotedPassages.Segments(passages, text.Length);
        var overlapping = Overlapping(segments);
        var title = data.Document.Property("title") ?? data.Document.Name;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <header>
            <p class="crumbs"><a href="{Html.ExploreUrl(pathBase, data.Document.Id)}">{Html.Text(data.Document.Id)}</a>{Meta(data)}</p>
            <h1>{Html.Text(title)}</h1>
            <p class="summary">{passages.Count} quoted passages, {data.Facts.Count} facts.</p>
            </header>
            <main>
            """);
        body.Append(data.Text is null
            ? """<article class="text missing"><p>The sources only mention this document: the graph has no text of it.</p></article>"""
            : $"""<article class="text" lang="en">{MarkedText(text, passages, segments)}</article>""");
        body.Append("""<aside class="passages"><h2>Quoted passages</h2><ol>""");
        foreach (var passage in passages)
        {
            var facts = string.Concat(passage.Facts.Select(f => DocumentFactHtml.Item(f, data.Entities, pathBase)));
            body.Append(CultureInfo.InvariantCulture, $"""
                <li id="passage-{passage.Number}" class="passage"><a class="back" href="#quote-{passage.Number}" title="Show in the text">{passage.Number}</a><blockquote>{Html.Text(Excerpt(text, passage))}</blockquote><ul class="facts">{facts}</ul>{Overlaps(overlapping[passage.Number])}</li>
                """);
        }
        body.Append("</ol></aside></main>");
        return Html.Page(title + " · ApecGraph", body.ToString());
    }

    private static string Meta(DocumentPageData data) =>
        string.Concat(new[] { data.Document.Property("category"), data.Document.Property("published"), data.Document.Property("source") }
            .Where(v => v is not null).Select(v => $" · {Html.Text(v)}"));

    // For each passage, the other passages sharing some of its text (a mark links to the innermost one only).
    private static ILookup<int, int> Overlapping(IReadOnlyList<Segment> segments) =>
        segments.SelectMany(s => s.Covering.SelectMany(p => s.Covering.Where(o => o != p).Select(o => (p.Number, Other: o.Number))))
            .Distinct().OrderBy(pair => pair.Other).ToLookup(pair => pair.Number, pair => pair.Other);

    private static string Overlaps(IEnumerable<int> others)
    {
        var links = others.Select(n => $"""<a href="#passage-{n}">{n}</a>""").ToList();
        return links.Count == 0 ? "" : $"""<p class="overlaps">Overlaps passage {string.Join(", ", links)}</p>""";
    }

    private static string MarkedText(string text, IReadOnlyList<Passage> passages, IReadOnlyList<Segment> segments)
    {
        var html = new StringBuilder(text.Length * 2);
        var starts = passages.ToLookup(p => p.Start);
        foreach (var segment in segments)
        {
            foreach (var passage in starts[segment.Start])
                html.Append(CultureInfo.InvariantCulture, $"""<span class="anchor" id="quote-{passage.Number}"></span>""");
            var piece = Html.Text(text[segment.Start..segment.End]);
            if (segment.Covering.Count == 0)
            {
                html.Append(piece);
                continue;
            }
            piece = MarkedPiece(text[segment.Start..segment.End]);
            var inner = segment.Covering[0];
            var numbers = string.Join(' ', segment.Covering.Select(p => p.Number));
            var depth = Math.Min(segment.Covering.Count, 3);
            html.Append(CultureInfo.InvariantCulture,
                $"""<mark class="depth-{depth}" data-passages="{numbers}"><a href="#passage-{inner.Number}" title="Passage {numbers}">{piece}</a></mark>""");
        }
        return html.ToString();
    }

    // Inside a mark, the whitespace around a line break stays unshaded (a quote across lines would otherwise shade the
    // ends of lines), still inside the mark and its link.
    private static string MarkedPiece(string piece) =>
        string.Concat(LineBreak().Split(piece).Select((part, i) => i % 2 == 1 ? $"""<span class="br">{part}</span>""" : Html.Text(part)));

    [GeneratedRegex(@"([ \t]*\r?\n\s*)")]
    private static partial Regex LineBreak();

    private static string Excerpt(string text, Passage passage)
    {
        var quoted = string.Join(' ', text[passage.Start..passage.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return quoted.Length <= ExcerptLength ? quoted : quoted[..ExcerptLength] + "…";
    }
}
