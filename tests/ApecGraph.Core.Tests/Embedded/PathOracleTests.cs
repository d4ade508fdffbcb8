using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

/// <summary>
/// The store's paths on random small graphs against every simple path, enumerated by brute force here: the first
/// <c>First</c> of them by length, then by their entities' ids, with at most MaxHops hops and the target only at the end,
/// each hop carried by the first relation (by type, then id) of a type the query does not exclude. Two hubs of each graph
/// hold a third of its relations, so that the neighbour lists a search meets differ widely in length (the store walks the
/// shorter of two). Small enough that no search reaches its bound on steps, so the two must agree exactly.
/// </summary>
public sealed class PathOracleTests
{
    private static readonly string[] Types = ["CITES", "ABOUT", "PROPOSED", "HOSTED"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task Agree_with_every_simple_path_enumerated_by_brute_force(int seed)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, 14 + seed).Select(i => $"topic:n{i:D2}").ToArray();
        string End() => random.Next(3) == 0 ? nodes[random.Next(2) * 7] : nodes[random.Next(nodes.Length)];
        var relations = Enumerable.Range(0, nodes.Length * 3)
            .Select(_ => (From: End(), Type: Types[random.Next(Types.Length)], To: End()))
            .Distinct()
            .Select((r, i) => (r.From, r.Type, r.To, Id: $"relation:r{i:D3}"))
            .ToList();
        var store = new EmbeddedGraphStore(new KnowledgeGraph([.. nodes.Select(id => Entity(id))],
            [.. relations.Select(r => Relation(r.From, r.Type, r.To, r.Id))]));

        for (var query = 0; query < 60; query++)
        {
            var (from, to) = (nodes[random.Next(nodes.Length)], nodes[random.Next(nodes.Length)]);
            if (from == to) continue;
            var (maxHops, first) = (random.Next(1, 7), random.Next(1, 6));
            string[] excluded = random.Next(3) == 0 ? [Types[random.Next(Types.Length)]] : [];
            // Each pair of neighbours, joined by the first allowed relation between them.
            var steps = relations.Where(r => r.From != r.To && !excluded.Contains(r.Type))
                .GroupBy(r => (A: string.CompareOrdinal(r.From, r.To) < 0 ? r.From : r.To, B: string.CompareOrdinal(r.From, r.To) < 0 ? r.To : r.From))
                .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).First().Id);
            var neighbours = nodes.ToDictionary(n => n, n => steps.Keys.Where(k => k.A == n || k.B == n).Select(k => k.A == n ? k.B : k.A)
                .Order(StringComparer.Ordinal).ToList());
            string Step(string a, string b) => steps[string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a)];

            var expected = Every(neighbours, from, to, maxHops)
                .OrderBy(p => p.Count).ThenBy(p => string.Join(" ", p), StringComparer.Ordinal)
                .Take(first).Select(p => string.Join(" ", p) + " by " + string.Join(" ", p.Zip(p.Skip(1), Step))).ToList();
            var actual = (await store.FindPathsAsync(new PathQuery(from, to, MaxHops: maxHops, First: first) { ExcludedTypes = excluded },
                    TestContext.Current.CancellationToken))
                .Select(p => string.Join(" ", p.EntityIds) + " by " + string.Join(" ", p.Relations.Select(r => r.Id))).ToList();

            Assert.True(expected.SequenceEqual(actual),
                $"seed {seed}, {from} -> {to}, maxHops {maxHops}, first {first}, excluding [{string.Join(",", excluded)}]:\n" +
                $"expected {string.Join(" | ", expected)}\nactual   {string.Join(" | ", actual)}");
        }
    }

    // Every simple path from `from` to `to` of at most maxHops hops, by depth-first walk over every neighbour.
    private static IEnumerable<List<string>> Every(Dictionary<string, List<string>> neighbours, string from, string to, int maxHops)
    {
        var path = new List<string> { from };
        var all = new List<List<string>>();
        void Walk(string node)
        {
            foreach (var other in neighbours[node])
            {
                if (path.Contains(other)) continue;
                if (other == to)
                {
                    all.Add([.. path, other]);
                    continue;
                }
                if (path.Count < maxHops)
                {
                    path.Add(other);
                    Walk(other);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }
        Walk(from);
        return all;
    }
}
