using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>Checks of one relation: its type, both ends, the kinds the type allows, and its qualifiers.</summary>
internal static class RelationRules
{
    public static void Check(RawRelation relation, ValidationContext context)
    {
        void Report(string message) => context.Report(relation.Location, relation.Subject, message);

        if (relation.Evidence.Count == 0)
        {
            Report("relation has no evidence (at least one quote is required)");
        }
        if (relation.Date is { } date && !IsoDate.IsValid(date))
        {
            Report($"date \"{date}\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        if (relation.Modality is { } modality && !Vocabulary.TryParseModality(modality, out _))
        {
            Report($"modality \"{modality}\" is not one of {string.Join(", ", Vocabulary.WrittenModalities)} (leave it out for what happened)");
        }
        foreach (var evidence in relation.Evidence.Where(evidence => evidence.HasSupports))
        {
            context.Report(evidence.Location, relation.Subject, "supports is for entity properties; relation evidence has none");
        }

        var fromKind = CheckEnd(relation.From, "from", Report, context);
        var toKind = CheckEnd(relation.To, "to", Report, context);

        if (string.IsNullOrEmpty(relation.Type))
        {
            Report("relation has no type");
            return;
        }
        if (relation.Type == Vocabulary.Mentions)
        {
            Report("MENTIONS is derived from evidence when the graph loads; don't write it");
            return;
        }
        if (!Vocabulary.RelationTypes.TryGetValue(relation.Type, out var rule))
        {
            Report($"unknown relation type \"{relation.Type}\"");
            return;
        }
        if (fromKind is { } from && !rule.From.Contains(from))
        {
            Report($"{rule.Type} cannot start at {relation.From}, {ValidationContext.WithArticle(from)} (allowed: {ValidationContext.KindNames(rule.From)})");
        }
        if (toKind is { } to && !rule.To.Contains(to))
        {
            Report($"{rule.Type} cannot end at {relation.To}, {ValidationContext.WithArticle(to)} (allowed: {ValidationContext.KindNames(rule.To)})");
        }
    }

    /// <summary>The kind at one end, or null when the end is missing, dangling or of unknown kind (each reported once).</summary>
    private static EntityKind? CheckEnd(string? id, string end, Action<string> report, ValidationContext context)
    {
        if (string.IsNullOrEmpty(id))
        {
            report($"relation has no {end}");
            return null;
        }
        if (!context.EntitiesById.ContainsKey(id))
        {
            report($"{end} \"{id}\" does not exist");
            return null;
        }
        return context.KindOf(id);
    }
}
