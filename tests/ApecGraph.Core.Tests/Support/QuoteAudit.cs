using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ApecGraph.Core.Tests.Support;

/// <summary>
/// A second, independent quote check: walks the raw YAML (not the loader's model) for every evidence quote and looks
/// for it in the cited document's source text, folding whitespace with a regex. It guards the guard.
/// </summary>
internal static partial class QuoteAudit
{
    public sealed record Quote(string File, YamlScalarNode Node, string Doc)
    {
        public string Text => Node.Value ?? "";
        public override string ToString() => $"{Path.GetFileName(File)}:{Node.Start.Line}: {Doc}: \"{Text}\"";
    }

    public static IReadOnlyList<Quote> Quotes(string graphSeeds) =>
        [.. YamlFiles(graphSeeds).SelectMany(file => Walk(Load(file)).SelectMany(node => EvidenceQuotes(file, node)))];

    /// <summary>Every quote that does not occur in the source text of its document, described; with
    /// <paramref name="verbatim"/>, a quote must be an exact slice of the text (no whitespace folding).</summary>
    public static IReadOnlyList<string> Misses(string graphSeeds, string seeds, bool verbatim = false)
    {
        Func<string, string> fold = verbatim ? text => text : Fold;
        var sources = YamlFiles(graphSeeds).SelectMany(file => Walk(Load(file)))
            .OfType<YamlMappingNode>()
            .Where(m => Scalar(m, "kind") == "DOCUMENT" && m.Children.TryGetValue(new YamlScalarNode("properties"), out var p) && p is YamlMappingNode)
            .Select(m => (Id: Scalar(m, "id"), Source: Scalar((YamlMappingNode)m.Children[new YamlScalarNode("properties")], "source")))
            .Where(d => d.Id is not null && d.Source is not null)
            .ToDictionary(d => d.Id!, d => d.Source!);
        var texts = new Dictionary<string, string?>();
        string? TextOf(string source) => texts.TryGetValue(source, out var t) ? t
            : texts[source] = File.Exists(Path.Combine(seeds, source)) ? fold(File.ReadAllText(Path.Combine(seeds, source))) : null;

        return [.. Quotes(graphSeeds)
            .Select(q => !sources.TryGetValue(q.Doc, out var source) ? $"{q}: no source text for {q.Doc}"
                : TextOf(source) is not { } text ? $"{q}: {source} missing"
                : text.Contains(fold(q.Text), StringComparison.Ordinal) ? null : $"{q}: not in {source}")
            .OfType<string>()];
    }

    /// <summary>Inserts <paramref name="word"/> at the start of the first single-line quote of the folder; returns it.</summary>
    public static Quote AlterFirstQuote(string graphSeeds, string word)
    {
        var quote = Quotes(graphSeeds).First(q => q.Node.Start.Line == q.Node.End.Line
            && q.Node.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
        var text = File.ReadAllText(quote.File);
        var at = (int)quote.Node.Start.Index + (quote.Node.Style == ScalarStyle.Plain ? 0 : 1);
        File.WriteAllText(quote.File, text.Insert(at, word));
        return quote;
    }

    private static IEnumerable<string> YamlFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal);

    private static YamlNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = File.OpenText(file);
        stream.Load(reader);
        return stream.Documents.Count == 0 ? new YamlScalarNode("") : stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlNode> Walk(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.Values.SelectMany(Walk).Prepend(m),
        YamlSequenceNode s => s.Children.SelectMany(Walk).Prepend(s),
        _ => [node],
    };

    private static IEnumerable<Quote> EvidenceQuotes(string file, YamlNode node) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("evidence"), out var evidence) && evidence is YamlSequenceNode items
            ? items.Children.OfType<YamlMappingNode>()
                .Where(item => item.Children.TryGetValue(new YamlScalarNode("quote"), out var q) && q is YamlScalarNode)
                .Select(item => new Quote(file, (YamlScalarNode)item.Children[new YamlScalarNode("quote")], Scalar(item, "doc") ?? ""))
            : [];

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
