using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ApecGraph.Api.Documents;

/// <summary>HTML escaping for the document pages: every text from the data goes through here.</summary>
internal static class Html
{
    // Letters of every script stay readable in the source; <, >, &, quotes and the like are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string? text) => Encoder.Encode(text ?? "");

    /// <summary>The explorer page for an entity (built by the explorer's own endpoint).</summary>
    public static string ExploreUrl(string pathBase, string entityId) => Text($"{pathBase}/explore?id={Uri.EscapeDataString(entityId)}");

    /// <summary>A page around <paramref name="body"/>, with the shared styles.</summary>
    public static string Page(string title, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Text(title)}</title>
        <style>{DocumentPageStyle.Css}</style>
        </head>
        <body>
        {body}
        </body>
        </html>
        """;
}
