using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>The lookup structures of an <see cref="EmbeddedGraphStore"/>, built once and never changed.</summary>
internal sealed class GraphIndex
{
    /// <summary>Relations in the store's stable order: by type, then id.</summary>
    public GraphIndex(KnowledgeGraph graph)
    {
        ById = new Dictionary<string, Entity>(graph.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (!ById.TryAdd(entity.Id, entity))
            {
                throw new ArgumentException($"duplicate entity id {entity.Id}", nameof(graph));
            }
        }
        var relationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            if (!ById.ContainsKey(relation.From) || !ById.ContainsKey(relation.To))
            {
                throw new ArgumentException($"relation {relation.Id} joins an entity that does not exist", nameof(graph));
            }
            if (!relationIds.Add(relation.Id))
            {
                throw new ArgumentException($"duplicate relation id {relation.Id}", nameof(graph));
            }
        }

        AllSorted = [.. graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal)];
        ByKind = AllSorted.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.ToArray());
        Out = Group(graph.Relations, r => r.From);
        In = Group(graph.Relations, r => r.To);
        Both = GroupBoth(graph.Relations);
        RelationCount = graph.Relations.Count;
        RelationsByType = graph.Relations.CountBy(r => r.Type, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        Related = BuildRelated(graph.Relations);
    }

    public Dictionary<string, Entity> ById { get; }
    public Entity[] AllSorted { get; }
    public Dictionary<EntityKind, Entity[]> ByKind { get; }
    public Dictionary<string, Relation[]> Out { get; }
    public Dictionary<string, Relation[]> In { get; }

    /// <summary>Each entity's relations in either direction, a self-relation once, by type then id: merged and sorted
    /// here once rather than on every <see cref="Direction.Both"/> read.</summary>
    public Dictionary<string, Relation[]> Both { get; }
    public int RelationCount { get; }

    /// <summary>How many relations (of every modality) each type has.</summary>
    public Dictionary<string, int> RelationsByType { get; }

    /// <summary>(type, direction seen from the listed entity, other id) → the listed entities' ids, sorted.</summary>
    public Dictionary<(string Type, Direction Direction, string OtherId), RelatedSet> Related { get; }

    private static Dictionary<string, Relation[]> Group(IEnumerable<Relation> relations, Func<Relation, string> key) =>
        relations.GroupBy(key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(RelationOrder.ByTypeThenId).ToArray(), StringComparer.Ordinal);

    private static Dictionary<string, Relation[]> GroupBoth(IEnumerable<Relation> relations) =>
        relations.SelectMany(r => r.From == r.To ? [(Id: r.From, Relation: r)] : new[] { (Id: r.From, Relation: r), (Id: r.To, Relation: r) })
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Relation).Order(RelationOrder.ByTypeThenId).ToArray(), StringComparer.Ordinal);

    private static Dictionary<(string, Direction, string), RelatedSet> BuildRelated(IEnumerable<Relation> relations)
    {
        var sets = new Dictionary<(string, Direction, string), HashSet<string>>();
        void Add(string type, Direction direction, string other, string listed)
        {
            if (!sets.TryGetValue((type, direction, other), out var set))
            {
                sets[(type, direction, other)] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            set.Add(listed);
        }
        foreach (var r in relations.Where(RelatedFilter.Counts))
        {
            Add(r.Type, Direction.Out, r.To, r.From); // the listed entity is the From end, other is To
            Add(r.Type, Direction.In, r.From, r.To);
            Add(r.Type, Direction.Both, r.To, r.From);
            Add(r.Type, Direction.Both, r.From, r.To);
        }
        return sets.ToDictionary(pair => pair.Key, pair => new RelatedSet(pair.Value));
    }
}

/// <summary>Ids related to one entity by one type and direction, sorted (for keyset order) and hashed (for membership).</summary>
internal sealed class RelatedSet(HashSet<string> ids)
{
    public static readonly RelatedSet Empty = new([]);

    public string[] Sorted { get; } = [.. ids.Order(StringComparer.Ordinal)];
    public bool Contains(string id) => ids.Contains(id);
}
