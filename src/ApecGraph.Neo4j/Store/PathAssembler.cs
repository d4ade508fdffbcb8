using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// Turns the paths Neo4j found into the embedded store's answer: paths through the same entities are one path whose
/// every step is carried by the first relation in (type, id) order; no entity repeats; shortest first, then in order of
/// their entity ids; the first <c>first</c> of them.
/// </summary>
internal static class PathAssembler
{
    private static readonly Comparer<IReadOnlyList<string>> ByIds = Comparer<IReadOnlyList<string>>.Create((a, b) =>
    {
        if (a.Count != b.Count) return a.Count.CompareTo(b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return 0;
    });

    public static IReadOnlyList<GraphPath> Assemble(IEnumerable<(IReadOnlyList<string> Ids, IReadOnlyList<Relation> Relations)> found, int first)
    {
        var byEntities = new Dictionary<string, (string[] Ids, Relation[] Relations)>(StringComparer.Ordinal);
        foreach (var (ids, relations) in found)
        {
            if (relations.Count != ids.Count - 1 || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
                continue;
            var key = string.Join('\u001f', ids);
            if (!byEntities.TryGetValue(key, out var path))
            {
                byEntities[key] = ([.. ids], [.. relations]);
                continue;
            }
            for (var i = 0; i < relations.Count; i++)
            {
                if (RelationOrder.ByTypeThenId.Compare(relations[i], path.Relations[i]) < 0)
                    path.Relations[i] = relations[i];
            }
        }
        return [.. byEntities.Values
            .OrderBy(p => (IReadOnlyList<string>)p.Ids, ByIds)
            .Take(Math.Max(0, first))
            .Select(p => new GraphPath(p.Ids, p.Relations))];
    }
}
