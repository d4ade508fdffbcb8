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
    /// <summary>What each schema statement puts in place, in order (for messages); idempotent, each auto-committed.</summary>
    public static IReadOnlyList<(string What, CypherStatement Statement)> Schema { get; } =
    [
        // the constraint of the single-generation layout: an id is no longer unique once two generations coexist
        ("no uniqueness constraint on Entity.id alone", new("DROP CONSTRAINT apecgraph_entity_id IF EXISTS")),
        ("the uniqueness constraint on (Entity.id, Entity.gen)",
            new("CREATE CONSTRAINT apecgraph_entity_id_gen IF NOT EXISTS FOR (e:Entity) REQUIRE (e.id, e.gen) IS UNIQUE")),
        ("the index on Entity.kind", new("CREATE INDEX apecgraph_entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)")),
        ("the index on Entity.gen", new("CREATE INDEX apecgraph_entity_gen IF NOT EXISTS FOR (e:Entity) ON (e.gen)")),
        // `MATCH (e:Entity {gen: gen}) WHERE e.kind = $kind`: one generation's entities of one kind, also while a second
        // generation is being written beside it (the kind index alone would then return both)
        ("the index on (Entity.gen, Entity.kind)", new("CREATE INDEX apecgraph_entity_gen_kind IF NOT EXISTS FOR (e:Entity) ON (e.gen, e.kind)")),
        ("the uniqueness constraint on GraphInfo.key",
            new("CREATE CONSTRAINT apecgraph_graphinfo_key IF NOT EXISTS FOR (g:GraphInfo) REQUIRE g.key IS UNIQUE")),
        .. SearchIndex.Schema.Select(statement => ("the full-text index of names and name pieces (search)", statement)),
    ];

    /// <summary>The generation readers use now (no row when nothing was imported yet).</summary>
    public static CypherStatement CurrentGeneration() => new("""
        MATCH (g:GraphInfo {key: $key})
        RETURN g.gen AS gen
        LIMIT 1
        """, new Dictionary<string, object?> { ["key"] = Statements.GraphInfoKey });

    /// <summary>Every generation stored (null for nodes written before generations), to find the ones to delete.</summary>
    public static CypherStatement Generations() => new("""
        MATCH (e:Entity)
        RETURN DISTINCT e.gen AS gen
        LIMIT $limit
        """, new Dictionary<string, object?> { ["limit"] = 1000 });

    /// <summary>New nodes of one kind in generation <c>$gen</c> (the rows carry it); answers how many it created.</summary>
    public static CypherStatement Entities(EntityKind kind, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entity kind");
        return new CypherStatement($"""
            UNWIND $rows AS row
            CREATE (e:Entity:{Stored.KindLabel(kind)})
            SET e = row
            RETURN count(e) AS written
            """, new Dictionary<string, object?> { ["rows"] = rows });
    }

    /// <summary>New relationships of one type between nodes of generation <paramref name="gen"/>; answers how many it
    /// created, which is fewer than the rows when an end is missing.</summary>
    public static CypherStatement Relations(string type, string gen, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        if (!Vocabulary.RelationTypes.ContainsKey(type) || !UpperSnake().IsMatch(type))
            throw new ArgumentException($"'{type}' is not a relation type of the vocabulary", nameof(type));
        return new CypherStatement($$"""
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from, gen: $gen}), (b:Entity {id: row.to, gen: $gen})
            CREATE (a)-[r:`{{type}}`]->(b)
            SET r = row.properties
            RETURN count(r) AS written
            """, new Dictionary<string, object?> { ["gen"] = gen, ["rows"] = rows });
    }

    /// <summary>Up to <paramref name="relations"/> relationships of the first <paramref name="nodes"/> nodes of generation
    /// <paramref name="gen"/> (null: the nodes without one). Fewer removed than asked means those nodes have none left.</summary>
    public static CypherStatement DeleteRelations(string? gen, int nodes, int relations) => new($"""
        MATCH (e:Entity)
        WHERE {GenerationIs(gen)}
        WITH e LIMIT $nodes
        MATCH (e)-[r]-()
        WITH DISTINCT r LIMIT $relations
        DELETE r
        RETURN count(r) AS removed
        """, new Dictionary<string, object?> { ["gen"] = gen, ["nodes"] = nodes, ["relations"] = relations });

    /// <summary>The first <paramref name="nodes"/> nodes of generation <paramref name="gen"/>, after
    /// <see cref="DeleteRelations"/> emptied them (DETACH only as a safety net).</summary>
    public static CypherStatement DeleteEntities(string? gen, int nodes) => new($"""
        MATCH (e:Entity)
        WHERE {GenerationIs(gen)}
        WITH e LIMIT $nodes
        DETACH DELETE e
        RETURN count(e) AS removed
        """, new Dictionary<string, object?> { ["gen"] = gen, ["nodes"] = nodes });

    // Two texts, not one with an OR, so that a generation is found through the index on Entity.gen.
    private static string GenerationIs(string? gen) => gen is null ? "e.gen IS NULL" : "e.gen = $gen";

    /// <summary>The switch, in one small transaction: the metadata node names the new generation, its version
    /// (<see cref="GraphVersion"/>), when it was imported and its counts (per kind as two parallel lists, every kind in
    /// enum order).</summary>
    public static CypherStatement GraphInfo(Core.Store.GraphInfo info, string gen) => new("""
        MERGE (g:GraphInfo {key: $key})
        SET g = $info
        """, new Dictionary<string, object?>
    {
        ["key"] = Statements.GraphInfoKey,
        ["info"] = new Dictionary<string, object?>
        {
            ["key"] = Statements.GraphInfoKey,
            [Stored.Generation] = gen,
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
