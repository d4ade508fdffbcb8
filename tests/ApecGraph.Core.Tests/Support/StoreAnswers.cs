using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Tests.Support;

/// <summary>What a store answers to every kind of call over every entity of a graph, each answer as JSON, so two stores
/// can be compared answer by answer.</summary>
internal static class StoreAnswers
{
    public static async Task<List<(string Call, string Answer)>> Of(IGraphStore store, IReadOnlyList<Entity> entities)
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        var answers = new List<(string, string)>();
        void Add(string call, object? answer) => answers.Add((call, JsonSerializer.Serialize(answer)));

        Add("entities", await store.GetEntitiesAsync([.. ids, "economy:nowhere"], ct));
        foreach (var direction in Enum.GetValues<Direction>())
        {
            Add($"relations {direction}", await store.GetRelationsAsync(ids, new RelationQuery { Direction = direction }, ct));
            Add($"relations {direction} 2", await store.GetRelationsAsync(ids, new RelationQuery { Direction = direction, Limit = 2, Types = ["MENTIONS", "PROPOSED"] }, ct));
        }
        foreach (var kind in Enum.GetValues<EntityKind>().Cast<EntityKind?>().Append(null))
        {
            foreach (var order in new[] { EntityOrder.ById, new EntityOrder(EntitySort.Name), new EntityOrder(EntitySort.Date, Descending: true) })
            {
                Add($"list {kind} {order}", await store.ListEntitiesAsync(new EntityQuery { Kind = kind, Order = order, First = 1000 }, ct));
            }
            Add($"count {kind}", await store.CountAsync(new GroupQuery { By = new Grouping.Year(), Filter = new EntityQuery { Kind = kind } }, ct));
        }
        Add("count types", await store.CountAsync(new GroupQuery { By = new Grouping.RelationType(), First = 100 }, ct));
        foreach (var id in ids)
        {
            Add($"related {id}", await store.ListEntitiesAsync(new EntityQuery { Related = [new RelatedFilter("MENTIONS", Direction.In, id)] }, ct));
            Add($"count by {id}", await store.CountAsync(new GroupQuery { By = new Grouping.Related("PARTICIPATED_IN", Direction.Out), Filter = new EntityQuery { Related = [new RelatedFilter("MENTIONS", Direction.Both, id)] } }, ct));
            Add($"paths {id}", await store.FindPathsAsync(new PathQuery(id, ids[ids.Count / 2], First: 5), ct));
        }
        foreach (var entity in entities)
        {
            Add($"search {entity.Id}", await store.SearchAsync(new SearchQuery(entity.Name), ct));
        }
        Add("texts", await store.GetDocumentTextsAsync(ids, ct));
        Add("quotes", await store.GetQuotedFactsAsync(ids, QuotedFact.MaxPerDocument, ct));
        Add("status", await store.GetStatusAsync(ct));
        Add("info", await store.GetGraphInfoAsync(ct));
        return answers;
    }
}
