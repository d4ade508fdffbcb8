using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// Neo4j's own shortest-path search for <see cref="IGraphStore.FindPathsAsync"/>: <c>SHORTEST k GROUPS</c> (Neo4j 5.21+)
/// over relationships in either direction, skipping the excluded types, in the documented form
/// <c>MATCH p = SHORTEST k GROUPS (a)-[x WHERE …]-{1,n}(b)</c>. k = min(First, MaxHops) groups of distinct lengths;
/// <see cref="PathAssembler"/> drops paths on which an entity repeats and picks the First the embedded store would
/// return. (The shortest group never repeats an entity; a longer group could hold only such paths, and then this store
/// returns fewer paths than the embedded one: a bound of the query, not of the graph.)
/// </summary>
internal static class PathStatement
{
    public static CypherStatement Build(PathQuery query)
    {
        // A path length bound (the {1,n} quantifier) and the SHORTEST count cannot be parameters in Cypher 5. Both are
        // ints checked to lie in 1..PathQuery.MaxHopsLimit here and formatted with the invariant culture, so the only text they can add to
        // the statement is one or two digits: nothing a caller passes can change the statement's meaning.
        if (query.MaxHops is < 1 or > PathQuery.MaxHopsLimit)
            throw new ArgumentOutOfRangeException(nameof(query), query.MaxHops, $"MaxHops must be 1 to {PathQuery.MaxHopsLimit}");
        if (query.First < 1)
            throw new ArgumentOutOfRangeException(nameof(query), query.First, "First must be at least 1");
        var hops = query.MaxHops.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var groups = Math.Min(query.First, query.MaxHops).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = $$"""
            {{Stored.CurrentGeneration}}
            MATCH (a:Entity {id: $from, gen: gen}), (b:Entity {id: $to, gen: gen})
            MATCH p = SHORTEST {{groups}} GROUPS (a)-[x WHERE NOT type(x) IN $excluded]-{1,{{hops}}}(b)
            RETURN [n IN nodes(p) | n.id] AS ids,
                   [rel IN relationships(p) | {{Stored.RelationProjection("rel")}}] AS relations
            LIMIT $limit
            """;
        return new CypherStatement(text, new Dictionary<string, object?>
        {
            ["from"] = query.From,
            ["to"] = query.To,
            ["excluded"] = query.ExcludedTypes.ToArray(),
            ["limit"] = Statements.MaxRows,
        });
    }
}
