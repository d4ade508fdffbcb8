using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>Answers <see cref="EntityQuery"/> over entity ordinals: starts from the smallest related set (else the kind
/// list), filters it, sorts it when the order is not by id, pages it by keyset, and makes records only for the page.</summary>
internal static class EntityLister
{
    public static EntityPage List(GraphIndex index, EntityQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var graph = index.Graph;
        var matches = Matches(index, query);
        int start;
        if (query.Order == EntityOrder.ById)
        {
            start = query.AfterId is not { } afterId ? 0 : FirstAfter(matches, e => string.CompareOrdinal(graph.EntityIds[e], afterId) <= 0);
        }
        else
        {
            matches = Sorted(graph, matches, query.Order);
            start = query.AfterId is not { } afterId ? 0
                : FirstAfter(matches, e => query.Order.Compare(KeyOf(graph, query.Order, e), graph.EntityIds[e], query.AfterKey, afterId) <= 0);
        }
        var items = new List<Entity>(Math.Min(query.First, Math.Max(0, matches.Count - start)));
        for (var i = start; i < matches.Count && items.Count < query.First; i++)
        {
            items.Add(graph.Entity(matches[i]));
        }
        return new EntityPage(items, matches.Count, start + items.Count < matches.Count);
    }

    private static string? KeyOf(CompactGraph graph, EntityOrder order, int entity) =>
        order.KeyFrom(graph.EntityIds[entity], graph.Names[entity], key => graph.Property(entity, key));

    // The (sort key, id) of each entity computed once, then sorted by them.
    private static int[] Sorted(CompactGraph graph, IReadOnlyList<int> entities, EntityOrder order)
    {
        var keyed = entities.Select(e => (Key: KeyOf(graph, order, e), Entity: e)).ToArray();
        Array.Sort(keyed, (a, b) => order.Compare(a.Key, graph.EntityIds[a.Entity], b.Key, graph.EntityIds[b.Entity]));
        return [.. keyed.Select(k => k.Entity)];
    }

    /// <summary>Every entity that passes the filters, as ordinals in id order.</summary>
    internal static IReadOnlyList<int> Matches(GraphIndex index, EntityQuery query)
    {
        var graph = index.Graph;
        IReadOnlyList<int> candidates;
        var related = query.Related.Select(index.Related).OrderBy(set => set.Length).ToList();
        if (related.Count > 0)
        {
            candidates = [.. related[0]
                .Where(e => query.Kind is null || graph.Kinds[e] == (byte)query.Kind)
                .Where(e => related.Skip(1).All(set => Array.BinarySearch(set, e) >= 0))];
        }
        else
        {
            candidates = query.Kind is { } kind ? index.ByKind[(int)kind] : index.All;
        }
        if (query.PropertyEquals.Count == 0 && query.Dates is null)
        {
            return candidates;
        }
        return [.. candidates.Where(e => query.PropertyEquals.All(p => string.Equals(graph.Property(e, p.Key), p.Value, StringComparison.OrdinalIgnoreCase))
                                         && (query.Dates is null || query.Dates.Overlaps(EntityDates.SpanFrom(key => graph.Property(e, key)))))];
    }

    /// <summary>Index of the first entity of <paramref name="sorted"/> that is not <paramref name="atOrBefore"/> the cursor
    /// (binary search; the cursor's entity need not exist).</summary>
    private static int FirstAfter(IReadOnlyList<int> sorted, Func<int, bool> atOrBefore)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (atOrBefore(sorted[mid]))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
