using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// Neo4j's own shortest-path search for <see cref="IGraphStore.FindPathsAsync"/>: <c>SHORTEST k GROUPS</c> (Neo4j 5.21+)
/// over relationships in either direction, skipping the excluded types, keeping only paths on which no entity repeats
/// (a pre-filter, so every group holds such paths). k groups of distinct lengths hold at least k paths with distinct
/// entities, so k = min(First, MaxHops) groups always contain the First paths the embedded store would return;
/// <see cref="PathAssembler"/> picks them.
/// </summary>
internal static class PathStatement
{
    public const int MaxHops = 10;

    public static CypherStatement Build(PathQuery query)
    {
        // A path length bound (the {1,n} quantifier) and the SHORTEST count cannot be parameters in Cypher 5. Both are
        // ints checked to lie in 1..10 here and formatted with the invariant culture, so the only text they can add to
        // the statement is one or two digits: nothing a caller passes can change the statement's meaning.
        if (query.MaxHops is < 1 or > MaxHops)
            throw new ArgumentOutOfRangeException(nameof(query), query.MaxHops, $"MaxHops must be 1 to {MaxHops} on Neo4j");
        if (query.First < 1)
            throw new ArgumentOutOfRangeException(nameof(query), query.First, "First must be at least 1");
        var hops = query.MaxHops.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var groups = Math.Min(query.First, query.MaxHops).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = $$"""
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH SHORTEST {{groups}} GROUPS
              (p = (a)-[x WHERE NOT type(x) IN $excluded]-{1,{{hops}}}(b)
               WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n)))
            RETURN [n IN nodes(p) | n.id] AS ids,
                   [rel IN relationships(p) | {{Stored.RelationProjection("rel")}}] AS relations
            """;
        return new CypherStatement(text, new Dictionary<string, object?>
        {
            ["from"] = query.From,
            ["to"] = query.To,
            ["excluded"] = query.ExcludedTypes.ToArray(),
        });
    }
}
