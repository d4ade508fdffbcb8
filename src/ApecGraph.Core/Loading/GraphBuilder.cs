using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>Turns validated raw seeds into the model, adding the derived MENTIONS relations.</summary>
internal static class GraphBuilder
{
    public static KnowledgeGraph Build(RawSeeds seeds)
    {
        var entities = seeds.Entities.Select(ToEntity).ToList();
        var relations = seeds.Relations.Select(ToRelation).ToList();
        relations.AddRange(Mentions.Derive(entities, relations));
        return new KnowledgeGraph(entities, relations);
    }

    private static Entity ToEntity(RawEntity raw) => new()
    {
        Id = raw.Id!,
        Kind = Vocabulary.TryParseKind(raw.Kind, out var kind) ? kind : throw new InvalidOperationException($"unvalidated kind {raw.Kind}"),
        Name = raw.Name!.Trim(),
        Aliases = [.. raw.Aliases.Select(alias => alias.Trim()).Where(alias => alias.Length > 0)],
        Description = string.IsNullOrWhiteSpace(raw.Description) ? null : raw.Description.Trim(),
        Properties = raw.Properties.ToDictionary(p => p.Key, p => p.Value.Trim(), StringComparer.Ordinal),
        Evidence = [.. raw.Evidence.Select(ToEvidence)],
    };

    private static Relation ToRelation(RawRelation raw) => new()
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

    private static Evidence ToEvidence(RawEvidence raw) =>
        new(raw.Doc!, raw.Quote!.Trim()) { Supports = raw.Supports };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
