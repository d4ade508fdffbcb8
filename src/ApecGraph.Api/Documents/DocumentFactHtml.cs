using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Documents;

/// <summary>One fact a quote supports, as a list item: a relation with both ends and its qualifiers, or an entity with
/// the properties the quote states.</summary>
internal static class DocumentFactHtml
{
    public static string Item(QuotedFact fact, IReadOnlyDictionary<string, Entity> entities, string pathBase) =>
        fact.Relation is { } relation ? Relation(relation, entities, pathBase) : Entity(fact, pathBase);

    private static string Relation(Relation relation, IReadOnlyDictionary<string, Entity> entities, string pathBase)
    {
        var qualifiers = new List<(string, string?)>
        {
            ("role", relation.Role), ("date", relation.Date), ("status", relation.Status),
            ("modality", relation.Modality == Modality.Actual ? null : relation.Modality.ToString().ToUpperInvariant()),
            ("note", relation.Note),
        };
        return $"""
            <li class="fact relation" data-relation-id="{Html.Text(relation.Id)}"><span class="ends">{EntityLink(relation.From, entities.GetValueOrDefault(relation.From), pathBase)} <span class="type">{Html.Text(relation.Type)}</span> {EntityLink(relation.To, entities.GetValueOrDefault(relation.To), pathBase)}</span>{Qualifiers(qualifiers)}</li>
            """;
    }

    private static string Entity(QuotedFact fact, string pathBase)
    {
        var entity = fact.Entity!;
        var supports = fact.Evidence.Supports.Select(key => (key, entity.Property(key) ?? (key == "name" ? entity.Name : null))).ToList();
        var what = supports.Count == 0 ? """<span class="type">names</span>""" : """<span class="type">states</span>""";
        return $"""
            <li class="fact entity" data-entity-id="{Html.Text(entity.Id)}"><span class="ends">{EntityLink(entity.Id, entity, pathBase)} <span class="kind">{Html.Text(Vocabulary.KindName(entity.Kind).ToLowerInvariant())}</span> {what}</span>{Qualifiers(supports)}</li>
            """;
    }

    private static string EntityLink(string id, Entity? entity, string pathBase) =>
        $"""<a class="entity" href="{Html.ExploreUrl(pathBase, id)}" title="{Html.Text(id)}">{Html.Text(entity?.Name ?? id)}</a>""";

    private static string Qualifiers(IEnumerable<(string Key, string? Value)> qualifiers)
    {
        var items = qualifiers.Where(q => q.Value is not null).Select(q => $"<dt>{Html.Text(q.Key)}</dt><dd>{Html.Text(q.Value)}</dd>").ToList();
        return items.Count == 0 ? "" : $"""<dl class="qualifiers">{string.Concat(items)}</dl>""";
    }
}
