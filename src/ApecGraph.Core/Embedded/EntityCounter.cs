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
    private static IEnumerable<string> KeysOf(GraphIndex index, int entity, Grouping by)
    {
        var graph = index.Graph;
        switch (by)
        {
            case Grouping.Kind:
                return [Vocabulary.KindName((EntityKind)graph.Kinds[entity])];
            case Grouping.Year:
                return EntityDates.StartFrom(key => graph.Property(entity, key)) is { } start
                    ? [start.Start.Year.ToString("D4", CultureInfo.InvariantCulture)] : [];
            case Grouping.Property(var key):
                return graph.Property(entity, key) is { } value ? [value] : [];
            case Grouping.Related(var type, var direction):
                var typeOrdinal = graph.FindType(type);
                if (typeOrdinal < 0) return [];
                var others = new List<string>();
                foreach (var relation in index.Of(direction).OfType(entity, typeOrdinal, graph))
                {
                    if (graph.IsActual(relation)) others.Add(graph.EntityIds[index.Other(relation, entity)]);
                }
                return others.Distinct(StringComparer.Ordinal);
            default:
                throw new ArgumentException($"cannot group entities by {by}", nameof(by));
        }
    }
}
