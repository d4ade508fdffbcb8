using System.Text;
using System.Text.Json;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// One statement for a root list and what a GraphQL selection asks below it (<see cref="PrefetchPlan"/>): the list
/// statement (<see cref="EntityListStatement"/>) in a <c>CALL</c>, then one row holding its total and items and, per item,
/// a tree of nested <c>COLLECT { }</c> subqueries, one per <see cref="RelationPrefetch"/>, each the item's relations of that
/// query in (type, id) order up to its limit, as <see cref="Statements.Relations"/> picks them, with the other end's
/// entity where the plan needs it and that entity's own tree below. The text is built only from constants, names
/// numbered by position in the plan (<c>q0</c>, <c>q1</c>, ...) and relation types of the closed vocabulary
/// (<see cref="TypeLabels"/>); other types and the limits are parameters.
/// </summary>
internal static class PrefetchStatement
{
    public static CypherStatement Build(EntityQuery query, PrefetchPlan plan)
    {
        var list = EntityListStatement.Build(query);
        var parameters = new Dictionary<string, object?>(list.Parameters, StringComparer.Ordinal);
        var counter = 0;
        var tree = Tree(plan, "n", parameters, ref counter);
        // the list statement reads the current generation first; here that is done once, outside its CALL
        var body = list.Text.StartsWith(Stored.CurrentGeneration + "\n", StringComparison.Ordinal)
            ? list.Text[(Stored.CurrentGeneration.Length + 1)..]
            : throw new InvalidOperationException("the list statement no longer starts with the current generation");
        return new CypherStatement($$"""
            {{Stored.CurrentGeneration}}
            CALL (gen) {
            {{body}}
            }
            RETURN total, items, COLLECT {
              UNWIND items AS item
              MATCH (n:{{Stored.EntityLabel}} {id: item.id, gen: gen})
              RETURN {id: n.id, t: {{tree}}}
            } AS trees
            """, parameters);
    }

    /// <summary>The entities with these ids, each with its tree under <paramref name="plan"/>: one row per entity found.</summary>
    public static CypherStatement ById(IReadOnlyCollection<string> ids, PrefetchPlan plan)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = ids, ["limit"] = ids.Count };
        var counter = 0;
        var tree = Tree(plan, "n", parameters, ref counter);
        return new CypherStatement($$"""
            {{Stored.CurrentGeneration}}
            UNWIND $ids AS id
            MATCH (n:{{Stored.EntityLabel}} {id: id, gen: gen})
            RETURN n {{Stored.EntityProjection}} AS entity, {{tree}} AS t
            LIMIT $limit
            """, parameters);
    }

    // The map {q<i>: COLLECT {...}, ...} of node variable `node`'s relations for each prefetch of `plan`.
    private static string Tree(PrefetchPlan plan, string node, Dictionary<string, object?> parameters, ref int counter)
    {
        var text = new StringBuilder("{");
        foreach (var prefetch in plan.Relations)
        {
            var i = counter++;
            string r = $"r{i}", o = $"o{i}";
            var labels = TypeLabels(prefetch.Query);
            if (labels is null) parameters[$"q{i}Types"] = prefetch.Query.Types is { Count: > 0 } types ? types.ToArray() : null;
            parameters[$"q{i}Limit"] = prefetch.Query.Limit;
            var end = prefetch.Ends is { } ends
                ? $", o: {o} {Stored.EntityProjection}" + (ends.IsEmpty ? "" : $", t: {Tree(ends, o, parameters, ref counter)}")
                : "";
            if (text.Length > 1) text.Append(", ");
            text.Append($$"""
                q{{i}}: COLLECT {
                  MATCH {{EntityListStatement.Pattern(node, r + labels, prefetch.Query.Direction, $"({o}:{Stored.EntityLabel})")}}
                  {{(labels is null ? $"WHERE $q{i}Types IS NULL OR type({r}) IN $q{i}Types" : "")}}
                  WITH DISTINCT {{r}}, {{o}}
                  ORDER BY type({{r}}), {{r}}.id
                  LIMIT $q{{i}}Limit
                  RETURN {r: {{Stored.RelationProjection(r)}}{{end}}}
                }
                """);
        }
        return text.Append('}').ToString();
    }

    /// <summary>The relationship types of <paramref name="query"/> as a label expression (<c>:CHAIRED|PRESENTED_AT</c>), so that
    /// Neo4j expands only relationships of those types (a hub's others are never read); null for every type, or for a type
    /// outside the closed vocabulary or not upper snake case, which then stays a parameter filtered in WHERE.</summary>
    public static string? TypeLabels(RelationQuery query) =>
        query.Types is { Count: > 0 } types && types.All(t => Core.Model.Vocabulary.RelationTypes.ContainsKey(t) && t.Length > 0 && t.All(c => c is (>= 'A' and <= 'Z') or '_'))
            ? ":" + string.Join('|', types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            : null;

    /// <summary>Reads the roots' trees into <paramref name="into"/>: every entity met and, for each prefetch of the plan (in
    /// the order <see cref="Build"/> numbered them), every asked entity's relations in (type, id) order.</summary>
    public static void Read(IEnumerable<(string Id, JsonElement Tree)> roots, PrefetchPlan plan, Prefetched into)
    {
        var lists = new List<Dictionary<string, IReadOnlyList<Core.Model.Relation>>>();
        Number(plan, into, lists);
        foreach (var (id, tree) in roots) Visit(plan, id, tree, lists, into, 0);
    }

    /// <summary>As <see cref="Read"/> for <see cref="ById"/>'s rows, whose roots are entities of the answer too.</summary>
    public static void ReadById(IEnumerable<(Core.Model.Entity Entity, JsonElement Tree)> rows, PrefetchPlan plan, Prefetched into)
    {
        var roots = new List<(string, JsonElement)>();
        foreach (var (entity, tree) in rows)
        {
            into.Entities[entity.Id] = entity;
            roots.Add((entity.Id, tree));
        }
        Read(roots, plan, into);
    }

    private static void Number(PrefetchPlan plan, Prefetched into, List<Dictionary<string, IReadOnlyList<Core.Model.Relation>>> lists)
    {
        foreach (var prefetch in plan.Relations)
        {
            var byEntity = new Dictionary<string, IReadOnlyList<Core.Model.Relation>>(StringComparer.Ordinal);
            lists.Add(byEntity);
            into.Relations.Add((prefetch.Query, byEntity));
            if (prefetch.Ends is { } ends) Number(ends, into, lists);
        }
    }

    // Visits `tree` of entity `id` under `plan`, whose first prefetch is number `first` (an end's plan is numbered right
    // after the prefetch that reaches it, as Build numbers them).
    private static void Visit(PrefetchPlan plan, string id, JsonElement tree, List<Dictionary<string, IReadOnlyList<Core.Model.Relation>>> lists,
        Prefetched into, int first)
    {
        var i = first;
        foreach (var prefetch in plan.Relations)
        {
            var mine = i++;
            var relations = new List<Core.Model.Relation>();
            foreach (var item in tree.GetProperty($"q{mine}").EnumerateArray())
            {
                relations.Add(Rows.Relation(item.GetProperty("r")));
                if (prefetch.Ends is not { } ends) continue;
                var other = Rows.Entity(item.GetProperty("o"));
                into.Entities[other.Id] = other;
                if (!ends.IsEmpty) Visit(ends, other.Id, item.GetProperty("t"), lists, into, i);
            }
            relations.Sort(RelationOrder.ByTypeThenId);
            lists[mine][id] = relations;
            if (prefetch.Ends is { } reached) i += Count(reached);
        }
    }

    private static int Count(PrefetchPlan plan) => plan.Relations.Sum(r => 1 + (r.Ends is { } e ? Count(e) : 0));
}
