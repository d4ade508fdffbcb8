using System.Text.RegularExpressions;
using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Neo4j.Import;

/// <summary>
/// The statements of an import. Labels and relationship types cannot be parameters in Cypher 5, so they are formatted
/// into the text, but only from closed sets checked here: a kind label is the name of an <see cref="EntityKind"/> value,
/// a relationship type must be one of <see cref="Vocabulary.RelationTypes"/> and upper snake case. Everything else is a
/// parameter.
/// </summary>
internal static partial class ImportStatements
{
    /// <summary>The uniqueness constraint MERGE relies on, and the index the kind filter uses. Idempotent.</summary>
    public static IReadOnlyList<CypherStatement> Schema { get; } =
    [
        new("CREATE CONSTRAINT apecgraph_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE"),
        new("CREATE INDEX apecgraph_entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)"),
        .. SearchIndex.Schema,
    ];

    public static CypherStatement Entities(EntityKind kind, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entity kind");
        var others = string.Concat(Enum.GetValues<EntityKind>().Where(k => k != kind).Select(k => ":" + Stored.KindLabel(k)));
        return new CypherStatement($$"""
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
            SET e = row
            REMOVE e{{others}}
            SET e:{{Stored.KindLabel(kind)}}
            """, new Dictionary<string, object?> { ["rows"] = rows });
    }

    public static CypherStatement Relations(string type, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        if (!Vocabulary.RelationTypes.ContainsKey(type) || !UpperSnake().IsMatch(type))
            throw new ArgumentException($"'{type}' is not a relation type of the vocabulary", nameof(type));
        return new CypherStatement($$"""
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
            MERGE (a)-[r:`{{type}}` {id: row.id}]->(b)
            SET r = row.properties
            """, new Dictionary<string, object?> { ["rows"] = rows });
    }

    /// <summary>Removes what the current run did not write (relations first, to count them apart from entities).</summary>
    public static IReadOnlyList<CypherStatement> RemoveStale(string run) =>
    [
        new("""
            MATCH (:Entity)-[r]->(:Entity)
            WHERE r.importRun IS NULL OR r.importRun <> $run
            DELETE r
            RETURN count(*) AS removed
            """, new Dictionary<string, object?> { ["run"] = run }),
        new("""
            MATCH (e:Entity)
            WHERE e.importRun IS NULL OR e.importRun <> $run
            DETACH DELETE e
            RETURN count(*) AS removed
            """, new Dictionary<string, object?> { ["run"] = run }),
    ];

    /// <summary>The one metadata node: the graph's version (<see cref="GraphVersion"/>), when it was imported, and its
    /// counts (per kind as two parallel lists, every kind in enum order). Written in the data's transaction, so it changes
    /// only when the whole graph is in.</summary>
    public static CypherStatement GraphInfo(Core.Store.GraphInfo info) => new("""
        MERGE (g:GraphInfo {key: $key})
        SET g = $info
        """, new Dictionary<string, object?>
    {
        ["key"] = Statements.GraphInfoKey,
        ["info"] = new Dictionary<string, object?>
        {
            ["key"] = Statements.GraphInfoKey,
            ["version"] = info.Version,
            ["importedAt"] = info.LoadedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["entities"] = info.Entities,
            ["relations"] = info.Relations,
            ["kinds"] = info.EntitiesByKind.Select(k => Stored.KindLabel(k.Kind)).ToArray(),
            ["kindCounts"] = info.EntitiesByKind.Select(k => k.Count).ToArray(),
        },
    });

    [GeneratedRegex("^[A-Z][A-Z_]*$")]
    private static partial Regex UpperSnake();
}
