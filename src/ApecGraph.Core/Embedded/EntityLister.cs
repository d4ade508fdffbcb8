using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>Answers <see cref="EntityQuery"/>: starts from the smallest indexed set (a related set, else the kind list),
/// filters it, sorts it when the order is not by id, and pages it by keyset.</summary>
internal static class EntityLister
{
    public static EntityPage List(GraphIndex index, EntityQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var matches = Matches(index, query);
        int start;
        if (query.Order == EntityOrder.ById)
        {
            start = query.AfterId is not { } afterId ? 0 : FirstAfter(matches, e => string.CompareOrdinal(e.Id, afterId) <= 0);
        }
        else
        {
            matches = Sorted(matches, query.Order);
            start = query.AfterId is not { } afterId ? 0
                : FirstAfter(matches, e => query.Order.Compare(query.Order.KeyOf(e), e.Id, query.AfterKey, afterId) <= 0);
        }
        var items = new List<Entity>(Math.Min(query.First, Math.Max(0, matches.Count - start)));
        for (var i = start; i < matches.Count && items.Count < query.First; i++)
        {
            items.Add(matches[i]);
        }
        return new EntityPage(items, matches.Count, start + items.Count < matches.Count);
    }

    // The (sort key, id) of each entity computed once, then sorted by them.
    private static Entity[] Sorted(IReadOnlyList<Entity> entities, EntityOrder order)
    {
        var keyed = entities.Select(e => (Key: order.KeyOf(e), Entity: e)).ToArray();
        Array.Sort(keyed, (a, b) => order.Compare(a.Key, a.Entity.Id, b.Key, b.Entity.Id));
        return [.. keyed.Select(k => k.Entity)];
    }

    /// <summary>Every entity that passes the filters, sorted by id.</summary>
    internal static IReadOnlyList<Entity> Matches(GraphIndex index, EntityQuery query)
    {
        IReadOnlyList<Entity> candidates;
        var related = query.Related
            .Select(f => index.Related.GetValueOrDefault((f.Type, f.Direction, f.OtherId)) ?? RelatedSet.Empty)
            .OrderBy(set => set.Sorted.Length)
            .ToList();
        if (related.Count > 0)
        {
            candidates = [.. related[0].Sorted.Select(id => index.ById[id])
                .Where(e => query.Kind is null || e.Kind == query.Kind)
                .Where(e => related.Skip(1).All(set => set.Contains(e.Id)))];
        }
        else
        {
            candidates = query.Kind is { } kind ? index.ByKind.GetValueOrDefault(kind) ?? [] : index.AllSorted;
        }
        if (query.PropertyEquals.Count == 0 && query.Dates is null)
        {
            return candidates;
        }
        return [.. candidates.Where(e => query.PropertyEquals.All(p => string.Equals(e.Property(p.Key), p.Value, StringComparison.OrdinalIgnoreCase))
                                         && (query.Dates is null || query.Dates.Matches(e)))];
    }

    /// <summary>Index of the first entity of <paramref name="sorted"/> that is not <paramref name="atOrBefore"/> the cursor
    /// (binary search; the cursor's entity need not exist).</summary>
    private static int FirstAfter(IReadOnlyList<Entity> sorted, Func<Entity, bool> atOrBefore)
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
