using System.Globalization;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>Answers <see cref="GroupQuery"/>: the entities the list would match (from the same indexes), each counted
/// under its keys; relation types from the counts taken at load.</summary>
internal static class EntityCounter
{
    public static GroupCounts Count(GraphIndex index, GroupQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        if (query.By is Grouping.RelationType)
        {
            return Top(index.RelationsByType.Select(pair => new GroupCount(pair.Key, pair.Value)), query.First);
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var withoutKey = 0;
        foreach (var entity in EntityLister.Matches(index, query.Filter))
        {
            var any = false;
            foreach (var key in KeysOf(index, entity, query.By))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
                any = true;
            }
            if (!any) withoutKey++;
        }
        var groups = counts.Select(pair => new GroupCount(pair.Key, pair.Value));
        return Top(withoutKey > 0 ? groups.Append(new GroupCount(null, withoutKey)) : groups, query.First);
    }

    private static GroupCounts Top(IEnumerable<GroupCount> groups, int first)
    {
        var sorted = groups.Order(GroupOrder.ByCountThenKey).ToList();
        return new GroupCounts([.. sorted.Take(first)], sorted.Count);
    }

    /// <summary>The entity's distinct keys under <paramref name="by"/> (none, one, or for a related grouping several).</summary>
    private static IEnumerable<string> KeysOf(GraphIndex index, Entity entity, Grouping by)
    {
        switch (by)
        {
            case Grouping.Kind:
                return [Vocabulary.KindName(entity.Kind)];
            case Grouping.Year:
                return EntityDates.StartOf(entity) is { } start ? [start.Start.Year.ToString("D4", CultureInfo.InvariantCulture)] : [];
            case Grouping.Property(var key):
                return entity.Property(key) is { } value ? [value] : [];
            case Grouping.Related(var type, var direction):
                var relations = (direction switch { Direction.Out => index.Out, Direction.In => index.In, _ => index.Both }).GetValueOrDefault(entity.Id) ?? [];
                return relations.Where(r => r.Type == type && RelatedFilter.Counts(r)).Select(r => r.Other(entity.Id)).Distinct(StringComparer.Ordinal);
            default:
                throw new ArgumentException($"cannot group entities by {by}", nameof(by));
        }
    }
}
