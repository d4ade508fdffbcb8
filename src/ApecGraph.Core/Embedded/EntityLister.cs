using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>Answers <see cref="EntityQuery"/>: starts from the smallest indexed set (a related set, else the kind list),
/// filters it, and pages it by id.</summary>
internal static class EntityLister
{
    public static EntityPage List(GraphIndex index, EntityQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var matches = Filter(index, query);
        var start = query.AfterId is null ? 0 : FirstAfter(matches, query.AfterId);
        var items = new List<Entity>(Math.Min(query.First, Math.Max(0, matches.Count - start)));
        for (var i = start; i < matches.Count && items.Count < query.First; i++)
        {
            items.Add(matches[i]);
        }
        return new EntityPage(items, matches.Count, start + items.Count < matches.Count);
    }

    /// <summary>Every entity that passes the filters, sorted by id.</summary>
    private static IReadOnlyList<Entity> Filter(GraphIndex index, EntityQuery query)
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

    /// <summary>Index of the first entity whose id sorts after <paramref name="afterId"/> (binary search; the id need not exist).</summary>
    private static int FirstAfter(IReadOnlyList<Entity> sorted, string afterId)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(sorted[mid].Id, afterId) <= 0)
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
