using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// The one statement behind <see cref="IGraphStore.CountAsync"/>: the entities the list statement would match
/// (<see cref="EntityListStatement.Filter"/>), each with its list of keys (<c>[null]</c> when it has none), one row per
/// distinct (entity, key), counted per key, ordered by count descending then key (Cypher sorts null last ascending, as
/// <see cref="GroupOrder"/> does), all groups counted and the first <c>$first</c> returned. Values, the grouped property
/// key and relation type included, are parameters.
/// </summary>
internal static class GroupCountStatement
{
    public static CypherStatement Build(GroupQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["first"] = query.First };
        if (query.By is Grouping.RelationType)
        {
            return new CypherStatement($$"""
                {{Stored.CurrentGeneration}}
                MATCH (:Entity {gen: gen})-[r]->(:Entity)
                WITH type(r) AS groupKey, count(r) AS groupCount
                {{Tail}}
                """, parameters);
        }
        var filter = EntityListStatement.Filter(query.Filter, parameters);
        var keys = Keys(query.By, parameters);
        return new CypherStatement($$"""
            {{Stored.CurrentGeneration}}
            MATCH (e:Entity {gen: gen})
            WHERE {{filter}}
            WITH e, {{keys}} AS keys
            UNWIND CASE WHEN size(keys) = 0 THEN [null] ELSE keys END AS groupKey
            WITH DISTINCT e, groupKey
            WITH groupKey, count(e) AS groupCount
            {{Tail}}
            """, parameters);
    }

    private const string Tail = """
        ORDER BY groupCount DESC, groupKey ASC
        WITH collect({k: groupKey, n: groupCount}) AS groups
        RETURN size(groups) AS total, groups[..$first] AS groups
        """;

    /// <summary>The list of node <c>e</c>'s keys, null-free (see <see cref="Grouping"/>).</summary>
    private static string Keys(Grouping by, Dictionary<string, object?> parameters)
    {
        switch (by)
        {
            case Grouping.Kind:
                return "[toUpper(e.kind)]"; // the kind label Meeting as Vocabulary.KindName writes it: MEETING
            case Grouping.Year:
                return $"[y IN [left({DateSpanCypher.StartDay(parameters)}, 4)] WHERE y IS NOT NULL]";
            case Grouping.Property(var key):
                parameters["groupProperty"] = Stored.PropertyPrefix + key;
                return "[v IN [e[$groupProperty]] WHERE v IS NOT NULL]";
            case Grouping.Related(var type, var direction):
                parameters["groupType"] = type;
                // RelatedFilter.Counts: ACTUAL is stored as no modality
                return $"[{EntityListStatement.Pattern("e", "g", direction, "(o:Entity)")} WHERE type(g) = $groupType AND g.modality IS NULL | o.id]";
            default:
                throw new ArgumentException($"cannot group entities by {by}", nameof(by));
        }
    }
}
