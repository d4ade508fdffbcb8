using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>Turns validated raw seeds into the model, adding the derived MENTIONS relations, each quote's position in
/// its source text and the documents' texts.</summary>
internal sealed class GraphBuilder
{
    private readonly SourceTexts texts;
    // document id -> its source file name, for the documents that have one
    private readonly Dictionary<string, string> sources;

    private GraphBuilder(RawSeeds seeds, SourceTexts texts)
    {
        this.texts = texts;
        sources = seeds.Entities
            .Where(e => Vocabulary.TryParseKind(e.Kind, out var kind) && kind == EntityKind.Document && e.Id is not null)
            .Select(e => (e.Id!, Source: e.Properties.FirstOrDefault(p => p.Key == "source")?.Value.Trim()))
            .Where(d => !string.IsNullOrEmpty(d.Source) && texts.Exists(d.Source))
            .ToDictionary(d => d.Item1, d => d.Source!, StringComparer.Ordinal);
    }

    public static KnowledgeGraph Build(RawSeeds seeds, SourceTexts texts)
    {
        var builder = new GraphBuilder(seeds, texts);
        var entities = seeds.Entities.Select(builder.ToEntity).ToList();
        var relations = seeds.Relations.Select(builder.ToRelation).ToList();
        relations.AddRange(Mentions.Derive(entities, relations));
        var documentTexts = builder.sources.ToDictionary(d => d.Key, d => texts.RawText(d.Value)!, StringComparer.Ordinal);
        return new KnowledgeGraph(entities, relations) { DocumentTexts = documentTexts };
    }

    private Entity ToEntity(RawEntity raw) => new()
    {
        Id = raw.Id!,
        Kind = Vocabulary.TryParseKind(raw.Kind, out var kind) ? kind : throw new InvalidOperationException($"unvalidated kind {raw.Kind}"),
        Name = raw.Name!.Trim(),
        Aliases = [.. raw.Aliases.Select(alias => alias.Trim()).Where(alias => alias.Length > 0)],
        Description = string.IsNullOrWhiteSpace(raw.Description) ? null : raw.Description.Trim(),
        Properties = raw.Properties.ToDictionary(p => p.Key, p => p.Value.Trim(), StringComparer.Ordinal),
        Evidence = [.. raw.Evidence.Select(ToEvidence)],
    };

    private Relation ToRelation(RawRelation raw) => new()
    {
        Id = raw.EffectiveId,
        Type = raw.Type!,
        From = raw.From!,
        To = raw.To!,
        Role = Clean(raw.Role),
        Date = Clean(raw.Date),
        Status = Clean(raw.Status),
        Modality = Vocabulary.TryParseModality(raw.Modality, out var modality) ? modality : Modality.Actual,
        Note = Clean(raw.Note),
        Evidence = [.. raw.Evidence.Select(ToEvidence)],
    };

    private Evidence ToEvidence(RawEvidence raw)
    {
        var position = raw.Position ?? (sources.TryGetValue(raw.Doc!, out var source) ? texts.Locate(source, raw.Quote!) : null);
        return new(raw.Doc!, raw.Quote!.Trim()) { Supports = raw.Supports, Start = position?.Start, End = position?.End };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
