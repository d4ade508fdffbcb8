using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

public sealed class FindPathsTests
{
    // a-b-d and a-c-d (2 hops), a-e-f-d (3 hops), a and d both mentioned by a document, z alone.
    private static readonly EmbeddedGraphStore Store = new(new KnowledgeGraph(
        [.. "abcdefz".Select(c => Entity($"topic:{c}")), Entity("document:doc")],
        [
            Relation("topic:a", "CITES", "topic:b"),
            Relation("topic:b", "ABOUT", "topic:a"), // a second relation between a and b: still one step
            Relation("topic:d", "CITES", "topic:b"), // stored d -> b; the path walks it backwards
            Relation("topic:a", "CITES", "topic:c"),
            Relation("topic:c", "CITES", "topic:d"),
            Relation("topic:a", "CITES", "topic:e"),
            Relation("topic:e", "CITES", "topic:f"),
            Relation("topic:f", "CITES", "topic:d"),
            Relation("document:doc", Vocabulary.Mentions, "topic:a"),
            Relation("document:doc", Vocabulary.Mentions, "topic:d"),
        ]));

    private static async Task<List<string>> Paths(PathQuery query) =>
        [.. (await Store.FindPathsAsync(query, TestContext.Current.CancellationToken)).Select(Describe)];

    private static string Describe(GraphPath path) => string.Join(" ", path.EntityIds.Select(id => id[(id.IndexOf(':') + 1)..]));

    [Fact]
    public async Task Shortest_first_then_longer_in_id_order()
    {
        Assert.Equal(["a b d", "a c d", "a e f d"], await Paths(new PathQuery("topic:a", "topic:d", MaxHops: 4, First: 5)));
    }

    [Fact]
    public async Task Relations_keep_their_stored_direction_and_one_step_per_pair()
    {
        var path = (await Store.FindPathsAsync(new PathQuery("topic:a", "topic:d", First: 1), TestContext.Current.CancellationToken)).Single();

        Assert.Equal(2, path.Length);
        Assert.Equal(["topic:b|ABOUT|topic:a", "topic:d|CITES|topic:b"], path.Relations.Select(r => r.Id)); // ABOUT sorts before CITES
    }

    [Fact]
    public async Task First_bounds_the_count()
    {
        Assert.Equal(["a b d"], await Paths(new PathQuery("topic:a", "topic:d", First: 1)));
    }

    [Fact]
    public async Task MaxHops_bounds_the_length()
    {
        Assert.Equal(["a b d", "a c d"], await Paths(new PathQuery("topic:a", "topic:d", MaxHops: 2, First: 5)));
        Assert.Empty(await Paths(new PathQuery("topic:a", "topic:d", MaxHops: 1)));
    }

    [Fact]
    public async Task Mentions_are_excluded_by_default_and_other_types_on_request()
    {
        var withMentions = await Paths(new PathQuery("topic:a", "topic:d", MaxHops: 2, First: 5) { ExcludedTypes = [] });
        var withoutCites = await Paths(new PathQuery("topic:a", "topic:d", MaxHops: 4, First: 5) { ExcludedTypes = ["CITES", Vocabulary.Mentions] });

        Assert.Equal(["a b d", "a c d", "a doc d"], withMentions.Order(StringComparer.Ordinal));
        Assert.Equal("a doc d", withMentions[0]); // "document:doc" sorts before "topic:b"
        Assert.Empty(withoutCites);
    }

    [Fact]
    public async Task From_equals_to_is_one_empty_path()
    {
        var paths = await Store.FindPathsAsync(new PathQuery("topic:a", "topic:a"), TestContext.Current.CancellationToken);

        var path = Assert.Single(paths);
        Assert.Equal(["topic:a"], path.EntityIds);
        Assert.Equal(0, path.Length);
    }

    [Fact]
    public async Task Disconnected_or_unknown_entities_have_no_paths()
    {
        Assert.Empty(await Paths(new PathQuery("topic:a", "topic:z")));
        Assert.Empty(await Paths(new PathQuery("topic:a", "topic:nowhere")));
        Assert.Empty(await Paths(new PathQuery("topic:nowhere", "topic:nowhere")));
    }

    [Fact]
    public async Task A_dense_graph_stays_bounded()
    {
        // a complete graph of 60 nodes has astronomically many simple paths; the search must still return promptly
        var ids = Enumerable.Range(0, 60).Select(i => $"topic:n{i:D2}").ToArray();
        var relations = ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => Relation(a, "CITES", b))).ToList();
        var dense = new EmbeddedGraphStore(new KnowledgeGraph([.. ids.Select(id => Entity(id))], relations));

        var paths = await dense.FindPathsAsync(new PathQuery(ids[0], ids[59], MaxHops: 8, First: 1000), TestContext.Current.CancellationToken);

        Assert.Equal(ids[0] + " " + ids[59], string.Join(" ", paths[0].EntityIds));
        Assert.True(paths.Count <= 1000);
        Assert.All(paths, p => Assert.Equal(p.EntityIds.Count, p.EntityIds.Distinct().Count()));
        Assert.Equal(paths.OrderBy(p => p.Length).Select(p => p.Length), paths.Select(p => p.Length));
    }
}
