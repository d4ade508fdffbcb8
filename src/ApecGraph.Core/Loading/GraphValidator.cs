using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>Runs every check over the raw seeds and returns all problems, not just the first.</summary>
internal static class GraphValidator
{
    public static List<GraphProblem> Validate(RawSeeds seeds, SourceTexts texts)
    {
        var context = new ValidationContext(seeds, texts);
        IndexEntities(context);

        foreach (var entity in seeds.Entities)
        {
            EntityRules.Check(entity, context);
            foreach (var evidence in entity.Evidence)
            {
                EvidenceRules.Check(evidence, entity.Subject, context);
            }
            if (Vocabulary.TryParseKind(entity.Kind, out var kind) && kind == EntityKind.Document)
            {
                EvidenceRules.CheckDocumentSource(entity, context);
            }
        }

        var relationsById = new Dictionary<string, RawRelation>(StringComparer.Ordinal);
        foreach (var relation in seeds.Relations)
        {
            RelationRules.Check(relation, context);
            foreach (var evidence in relation.Evidence)
            {
                EvidenceRules.Check(evidence, relation.Subject, context);
            }
            relation.ValidatedId = relation.EffectiveId;
            if (relation.From is not null && relation.Type is not null && relation.To is not null
                && !relationsById.TryAdd(relation.EffectiveId, relation))
            {
                var first = relationsById[relation.EffectiveId];
                var hint = string.IsNullOrEmpty(relation.Id) ? " (give each an explicit id to tell them apart)" : "";
                context.Report(relation.Location, relation.Subject,
                    $"duplicate relation id \"{relation.EffectiveId}\", first defined at {first.Location.File}:{first.Location.Line}{hint}");
            }
        }
        return context.Problems;
    }

    private static void IndexEntities(ValidationContext context)
    {
        foreach (var entity in context.Seeds.Entities.Where(e => !string.IsNullOrEmpty(e.Id)))
        {
            if (!context.EntitiesById.TryAdd(entity.Id!, entity))
            {
                var first = context.EntitiesById[entity.Id!];
                context.Report(entity.Location, entity.Subject,
                    $"duplicate entity id, first defined at {first.Location.File}:{first.Location.Line}");
            }
        }
    }
}
