using System.Text.Json;
using System.Text.RegularExpressions;
using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Import;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>
/// Answers the store's read statements from an in-memory graph by following what the Cypher says (as the Cypher manual
/// defines it), in C#: a model of the statements, to check that the store's C# side turns Neo4j's answers into the
/// embedded store's. It tests our reading of the Cypher, not Neo4j; the integration tests do that.
/// </summary>
internal sealed partial class FakeNeo4j(KnowledgeGraph graph)
{
    private readonly Dictionary<string, Entity> byId = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public Reply Answer(ReceivedRequest request)
    {
        var (text, parameters) = Assert.Single(request.Statements);
        if (text.Contains("AS entities", StringComparison.Ordinal))
            return Bodies.Ok(Bodies.Rows(["entities", "relations"], [[graph.Entities.Count, graph.Relations.Count]]));
        if (text.Contains("SHORTEST", StringComparison.Ordinal)) return Paths(text, parameters);
        if (text.Contains("searchCompact", StringComparison.Ordinal)) return Search(parameters);
        if (text.Contains("WITH DISTINCT id, r", StringComparison.Ordinal)) return Relations(text, parameters);
        if (text.Contains("UNWIND $ids", StringComparison.Ordinal)) return Entities(parameters);
        if (text.Contains("{id: $id}", StringComparison.Ordinal))
            return Bodies.Ok(Bodies.Rows(["id"], byId.ContainsKey(parameters.GetProperty("id").GetString()!) ? [[parameters.GetProperty("id").GetString()]] : []));
        throw new InvalidOperationException("FakeNeo4j does not model: " + text);
    }

    private Reply Entities(JsonElement parameters) => Bodies.Ok(Bodies.Rows(["entity"],
        Strings(parameters.GetProperty("ids")).Where(byId.ContainsKey).Select(id => new object?[] { Bodies.Entity(byId[id]) })));

    private Reply Relations(string text, JsonElement parameters)
    {
        var ids = Strings(parameters.GetProperty("ids")).ToHashSet(StringComparer.Ordinal);
        var types = parameters.GetProperty("types") is { ValueKind: JsonValueKind.Array } t ? Strings(t).ToHashSet(StringComparer.Ordinal) : null;
        var outgoing = !text.Contains("<-[r]-", StringComparison.Ordinal);
        var incoming = !text.Contains("-[r]->", StringComparison.Ordinal);
        var rows = new List<object?[]>();
        foreach (var r in graph.Relations.Where(r => types is null || types.Contains(r.Type)).Reverse()) // any order: the store sorts
        {
            var ends = new HashSet<string>(StringComparer.Ordinal);
            if (outgoing && ids.Contains(r.From)) ends.Add(r.From);
            if (incoming && ids.Contains(r.To)) ends.Add(r.To);
            rows.AddRange(ends.Select(id => new object?[] { id, Bodies.Relation(r) }));
        }
        return Bodies.Ok(Bodies.Rows(["id", "relation"], rows));
    }

    /// <summary>The candidate predicate over the search names the import stores (ImportRows, the production code).</summary>
    private Reply Search(JsonElement parameters)
    {
        var kinds = parameters.GetProperty("kinds") is { ValueKind: JsonValueKind.Array } k ? Strings(k).ToHashSet() : null;
        var compact = parameters.GetProperty("compact").GetString()!;
        var words = Strings(parameters.GetProperty("words"));
        var rows = graph.Entities.Where(e =>
        {
            var stored = ImportRows.Entity(e, "run");
            var normalizedNames = stored["searchNormalized"] as string[] ?? [];
            var compactNames = stored["searchCompact"] as string[] ?? [];
            return (kinds is null || kinds.Contains((string)stored["kind"]!))
                && (compactNames.Any(c => c.Contains(compact, StringComparison.Ordinal))
                    || normalizedNames.Any(n => words.All(w => n.Contains(w, StringComparison.Ordinal))));
        });
        return Bodies.Ok(Bodies.Rows(["entity"], rows.Select(e => new object?[] { Bodies.Entity(e) })));
    }

    /// <summary>
    /// SHORTEST k GROUPS over paths of 1..hops relationships taken either way, none of an excluded type, with the
    /// pre-filter that no node repeats: every such path (each choice among parallel relationships is its own path)
    /// whose length is among the k smallest lengths that have one.
    /// </summary>
    private Reply Paths(string text, JsonElement parameters)
    {
        var groups = int.Parse(GroupsPattern().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var hops = int.Parse(HopsPattern().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        string from = parameters.GetProperty("from").GetString()!, to = parameters.GetProperty("to").GetString()!;
        var excluded = Strings(parameters.GetProperty("excluded")).ToHashSet(StringComparer.Ordinal);
        var paths = new List<(List<string> Ids, List<Relation> Relations)>();
        if (byId.ContainsKey(from) && byId.ContainsKey(to))
        {
            var adjacent = graph.Relations.Where(r => !excluded.Contains(r.Type))
                .SelectMany(r => new[] { (Node: r.From, Other: r.To, Relation: r), (Node: r.To, Other: r.From, Relation: r) })
                .ToLookup(e => e.Node, StringComparer.Ordinal);
            // hop counts back from the target, only to prune walks that cannot reach it in time
            var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [to] = 0 };
            var frontier = new List<string> { to };
            for (var d = 1; d <= hops && frontier.Count > 0; d++)
            {
                frontier = [.. frontier.SelectMany(n => adjacent[n]).Select(e => e.Other).Where(o => distance.TryAdd(o, d)).Distinct()];
            }
            void Walk(List<string> ids, List<Relation> relations, int length)
            {
                if (ids[^1] == to)
                {
                    if (relations.Count == length) paths.Add(([.. ids], [.. relations]));
                    return;
                }
                foreach (var (_, other, relation) in adjacent[ids[^1]])
                {
                    if (ids.Contains(other) || !distance.TryGetValue(other, out var rest) || relations.Count + 1 + rest > length) continue;
                    ids.Add(other);
                    relations.Add(relation);
                    Walk(ids, relations, length);
                    ids.RemoveAt(ids.Count - 1);
                    relations.RemoveAt(relations.Count - 1);
                }
            }
            for (int length = 1, found = 0; length <= hops && found < groups; length++)
            {
                var before = paths.Count;
                Walk([from], [], length);
                if (paths.Count > before) found++;
            }
        }
        return Bodies.Ok(Bodies.Rows(["ids", "relations"],
            paths.Select(p => new object?[] { p.Ids, p.Relations.Select(Bodies.Relation).ToList() })));
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];

    [GeneratedRegex(@"SHORTEST (\d+) GROUPS")]
    private static partial Regex GroupsPattern();

    [GeneratedRegex(@"\]-\{1,(\d+)\}")]
    private static partial Regex HopsPattern();
}
