using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>Checks that evidence cites a source document and quotes it verbatim.</summary>
internal static class EvidenceRules
{
    private const int QuoteShown = 120;

    public static void Check(RawEvidence evidence, string subject, ValidationContext context)
    {
        void Report(string message) => context.Report(evidence.Location, subject, message);

        if (string.IsNullOrWhiteSpace(evidence.Quote))
        {
            Report("evidence has no quote");
        }
        if (string.IsNullOrEmpty(evidence.Doc))
        {
            Report("evidence has no doc");
            return;
        }
        if (!context.EntitiesById.TryGetValue(evidence.Doc, out var document))
        {
            Report($"evidence cites \"{evidence.Doc}\", which does not exist");
            return;
        }
        if (context.KindOf(evidence.Doc) is { } kind && kind != EntityKind.Document)
        {
            Report($"evidence cites {evidence.Doc}, which is {ValidationContext.WithArticle(kind)}, not a DOCUMENT");
            return;
        }
        var source = SourceOf(document);
        if (source is null)
        {
            Report($"evidence cites {evidence.Doc}, which has no source (only source texts can be quoted)");
            return;
        }
        // A missing source file is reported once, on the document (CheckDocumentSource), not on every quote.
        if (string.IsNullOrWhiteSpace(evidence.Quote) || !context.Texts.Exists(source))
        {
            return;
        }
        evidence.Position = context.Texts.Locate(source, evidence.Quote);
        if (evidence.Position is null)
        {
            Report($"quote not found in {source}: \"{Shorten(SourceTexts.Fold(evidence.Quote))}\"");
        }
    }

    /// <summary>A DOCUMENT's source must name an existing file under seeds/.</summary>
    public static void CheckDocumentSource(RawEntity document, ValidationContext context)
    {
        var property = document.Properties.FirstOrDefault(p => p.Key == "source");
        if (property is null || string.IsNullOrWhiteSpace(property.Value))
        {
            return;
        }
        var message = !SourceTexts.IsFileName(property.Value)
            ? $"source \"{property.Value}\" must be a file name under seeds/, without folders"
            : !context.Texts.Exists(property.Value) ? $"source file \"{property.Value}\" not found in seeds/" : null;
        if (message is not null)
        {
            context.Report(document.Location.File, property.Line, document.Subject, message);
        }
    }

    private static string? SourceOf(RawEntity document) =>
        document.Properties.FirstOrDefault(p => p.Key == "source" && !string.IsNullOrWhiteSpace(p.Value))?.Value;

    private static string Shorten(string quote) => quote.Length <= QuoteShown ? quote : quote[..QuoteShown] + "…";
}
