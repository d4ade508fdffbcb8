using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>The statements of <see cref="Neo4jGraphStore"/>, one per call; values only ever as parameters; every answer
/// bounded by a <c>LIMIT</c> (or a slice) of at most <see cref="MaxRows"/> rows.</summary>
internal static class Statements
{
    /// <summary>The most rows any read statement may answer: search candidates, path rows.</summary>
    public const int MaxRows = 1000;

    public static CypherStatement Entities(IReadOnlyCollection<string> ids) => new($$"""
        {{Stored.CurrentGeneration}}
        UNWIND $ids AS id
        MATCH (e:Entity {id: id, gen: gen})
        RETURN e {{Stored.EntityProjection}} AS entity
        LIMIT $limit
        """, new Dictionary<string, object?> { ["ids"] = ids, ["limit"] = ids.Count });

    /// <summary>Each entity's relations, the first <see cref="RelationQuery.Limit"/> in (type, id) order; a self-relation
    /// matched twice by an undirected pattern is made distinct.</summary>
    public static CypherStatement Relations(IReadOnlyCollection<string> ids, RelationQuery query) => new($"""
        {Stored.CurrentGeneration}
        UNWIND $ids AS id
        MATCH {EntityListStatement.Pattern("e:Entity {id: id, gen: gen}", "r", query.Direction, "(:Entity)")}
        WHERE $types IS NULL OR type(r) IN $types
        WITH DISTINCT id, r
        ORDER BY id, type(r), r.id
        WITH id, collect(r)[..$limit] AS kept
        UNWIND kept AS r
        RETURN id, {Stored.RelationProjection("r")} AS relation
        """, new Dictionary<string, object?>
    {
        ["ids"] = ids,
        ["types"] = query.Types is { Count: > 0 } types ? types.ToArray() : null,
        ["limit"] = query.Limit,
    });

    public static CypherStatement Exists(string id) => new($$"""
        {{Stored.CurrentGeneration}}
        MATCH (e:Entity {id: $id, gen: gen})
        RETURN e.id AS id
        LIMIT 1
        """, new Dictionary<string, object?> { ["id"] = id });

    /// <summary>The counts of the current generation, as the import that switched to it counted them (one node read, not a
    /// scan: the health check calls this); 0 and 0 before any import, and for a graph imported before generations, which
    /// readers do not see (so <c>import --if-empty</c> replaces it).</summary>
    public static CypherStatement Status() => new("""
        OPTIONAL MATCH (meta:GraphInfo {key: $key})
        WITH meta, meta.gen IS NOT NULL AS current
        RETURN CASE WHEN current THEN meta.entities ELSE 0 END AS entities, CASE WHEN current THEN meta.relations ELSE 0 END AS relations
        LIMIT 1
        """, new Dictionary<string, object?> { ["key"] = GraphInfoKey });

    /// <summary>The key of the one metadata node (<c>:GraphInfo</c>) the import writes.</summary>
    public const string GraphInfoKey = "current";

    /// <summary>The graph's version, import time and counts, from the <c>:GraphInfo</c> node the import wrote.</summary>
    public static CypherStatement GraphInfo() => new("""
        MATCH (g:GraphInfo {key: $key})
        RETURN g {.version, .importedAt, .entities, .relations, .kinds, .kindCounts} AS info
        LIMIT 1
        """, new Dictionary<string, object?> { ["key"] = GraphInfoKey });
}
