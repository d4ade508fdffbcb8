using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// The one statement behind <see cref="IGraphStore.ListEntitiesAsync"/>: the total count and one keyset page, ordered by
/// id or by <see cref="EntityQuery.Order"/> (<see cref="OrderedListStatement"/>). The statement text is built only from constants and parameter names numbered by position; every value (kind,
/// property keys and values, date bounds and keys, related ids and types, the page cursor) is a parameter.
/// </summary>
internal static class EntityListStatement
{
    public static CypherStatement Build(EntityQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["afterId"] = query.AfterId,
            ["limit"] = query.First + 1, // one more than the page, to know whether another page follows
        };
        var filter = Filter(query, parameters);
        if (query.Order != EntityOrder.ById)
            return OrderedListStatement.Build(query, filter, parameters);
        return new CypherStatement(Text(filter, """
                AND ($afterId IS NULL OR e.id > $afterId)
              WITH e ORDER BY e.id LIMIT $limit
            """), parameters);
    }

    /// <summary>The total of the entities <paramref name="filter"/> keeps and, in a second subquery, one page of them:
    /// <paramref name="page"/> (lines indented as this subquery's, after its WHERE) picks and orders them.</summary>
    public static string Text(string filter, string page) => $$"""
        {{Stored.CurrentGeneration}}
        CALL (gen) {
          MATCH (e:Entity {gen: gen})
          WHERE {{filter}}
          RETURN count(e) AS total
        }
        CALL (gen) {
          MATCH (e:Entity {gen: gen})
          WHERE {{filter}}
        {{page}}
          RETURN collect(e {{Stored.EntityProjection}}) AS items
        }
        RETURN total, items
        """;

    /// <summary>The WHERE condition on node <c>e</c> for the query's filters (<c>true</c> when it has none), adding their
    /// parameters.</summary>
    public static string Filter(EntityQuery query, Dictionary<string, object?> parameters)
    {
        var filters = new List<string>();
        if (query.Kind is { } kind)
        {
            filters.Add("e.kind = $kind");
            parameters["kind"] = Stored.KindLabel(kind);
        }
        var i = 0;
        foreach (var (key, value) in query.PropertyEquals)
        {
            // OrdinalIgnoreCase in the embedded store; upper-casing both sides is the same for the graph's values
            filters.Add($"toUpper(e[$eqKey{i}]) = toUpper($eqValue{i})");
            parameters[$"eqKey{i}"] = Stored.PropertyPrefix + key;
            parameters[$"eqValue{i}"] = value;
            i++;
        }
        if (query.Dates is { } dates)
        {
            filters.AddRange(DateSpanCypher.Filters(dates, parameters));
        }
        i = 0;
        foreach (var related in query.Related)
        {
            filters.Add($"EXISTS {{ MATCH {Pattern("e", $"rel{i}", related.Direction, $"(:{Stored.EntityLabel} {{id: $relatedId{i}}})")} WHERE type(rel{i}) = $relatedType{i} AND rel{i}.modality IS NULL }}"); // RelatedFilter.Counts: ACTUAL is stored as no modality
            parameters[$"relatedId{i}"] = related.OtherId;
            parameters[$"relatedType{i}"] = related.Type;
            i++;
        }
        return filters.Count == 0 ? "true" : string.Join("\n    AND ", filters);
    }

    /// <summary>A relationship pattern from <paramref name="node"/>, its arrow chosen by <paramref name="direction"/>.</summary>
    public static string Pattern(string node, string relationship, Direction direction, string other) => direction switch
    {
        Direction.Out => $"({node})-[{relationship}]->{other}",
        Direction.In => $"({node})<-[{relationship}]-{other}",
        _ => $"({node})-[{relationship}]-{other}",
    };
}
