using System.Collections.Concurrent;
using System.Text.Json;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Import;

/// <summary>
/// Neo4j's side of an import, for tests of what the client sends and in which order (never of what Cypher does): it
/// answers each import statement, recognised by its text, with the columns a real server answers (<c>gen</c>,
/// <c>written</c>, <c>removed</c>), keeping only counts per generation and which generation <c>:GraphInfo</c> names.
/// Explicit transactions open at <c>/db/neo4j/tx/5</c>, as the recorded server answered.
/// </summary>
internal sealed class ImportingNeo4j
{
    private static readonly Reply Opened = Transcript.Load("25-tx-open").Reply(); // 201, Location …/db/neo4j/tx/5
    private readonly object gate = new();

    /// <summary>Entities and relations stored per generation ("" for nodes without one, from before generations).</summary>
    public ConcurrentDictionary<string, (long Entities, long Relations)> Generations { get; } = new();

    /// <summary>The generation the <c>:GraphInfo</c> node names (null: no node).</summary>
    public string? Current { get; set; }

    public Reply Answer(ReceivedRequest request)
    {
        lock (gate)
        {
            return (request.Method, request.Path) switch
            {
                ("POST", "/db/neo4j/tx") => Opened,
                ("POST", "/db/neo4j/tx/commit" or "/db/neo4j/tx/5/commit") => Bodies.Ok([.. request.Statements.Select(Run)]),
                _ => Bodies.Empty(request),
            };
        }
    }

    private Bodies.Result Run((string Text, JsonElement Parameters) statement)
    {
        var (text, parameters) = statement;
        if (text.Contains("RETURN g.gen AS gen", StringComparison.Ordinal))
            return Bodies.Rows(["gen"], Current is null ? [] : [[Current]]);
        if (text.Contains("RETURN DISTINCT e.gen AS gen", StringComparison.Ordinal))
            return Bodies.Rows(["gen"], Generations.Where(g => g.Value.Entities > 0).Select(g => new object?[] { g.Key.Length == 0 ? null : g.Key }));
        if (text.Contains("CREATE (e:Entity", StringComparison.Ordinal))
        {
            var rows = parameters.GetProperty("rows");
            var gen = rows[0].GetProperty("gen").GetString()!;
            Generations.AddOrUpdate(gen, (rows.GetArrayLength(), 0), (_, c) => (c.Entities + rows.GetArrayLength(), c.Relations));
            return Bodies.Rows(["written"], [[rows.GetArrayLength()]]);
        }
        if (text.Contains("CREATE (a)-[r:", StringComparison.Ordinal))
        {
            var rows = parameters.GetProperty("rows").GetArrayLength();
            Generations.AddOrUpdate(parameters.GetProperty("gen").GetString()!, (0, rows), (_, c) => (c.Entities, c.Relations + rows));
            return Bodies.Rows(["written"], [[rows]]);
        }
        if (text.Contains("DELETE r", StringComparison.Ordinal))
        {
            var key = Key(parameters);
            var (entities, relations) = Generations.GetValueOrDefault(key);
            var removed = Math.Min(relations, parameters.GetProperty("relations").GetInt32());
            Generations[key] = (entities, relations - removed);
            return Bodies.Rows(["removed"], [[removed]]);
        }
        if (text.Contains("DETACH DELETE e", StringComparison.Ordinal))
        {
            var key = Key(parameters);
            var (entities, relations) = Generations.GetValueOrDefault(key);
            var removed = Math.Min(entities, parameters.GetProperty("nodes").GetInt32());
            Generations[key] = (entities - removed, relations);
            return Bodies.Rows(["removed"], [[removed]]);
        }
        if (text.Contains("MERGE (g:GraphInfo", StringComparison.Ordinal))
        {
            Current = parameters.GetProperty("info").GetProperty("gen").GetString();
            return Bodies.Rows([], []);
        }
        return Bodies.Rows([], []); // schema statements
    }

    private static string Key(JsonElement parameters) =>
        parameters.GetProperty("gen").ValueKind == JsonValueKind.Null ? "" : parameters.GetProperty("gen").GetString()!;
}
