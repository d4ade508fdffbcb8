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
        // s - b - t is the only path. b is also s's only way into a complete graph of 40 nodes, and the distance
        // pruning allows every walk in it (each clique node is 2 hops from t, through b) although none can come back
        // through b: for lengths 3..10 the search has about 40^7 simple walks to try and finds nothing. Only the bound on
        // edge visits (PathFinder.MaxSteps) ends it; without the bound the query runs until the token below cancels it.
        var clique = Enumerable.Range(0, 40).Select(i => $"topic:n{i:D2}").ToArray();
        var relations = clique.SelectMany((a, i) => clique.Skip(i + 1).Select(b => Relation(a, "CITES", b)))
            .Concat(clique.Select(c => Relation("topic:b", "CITES", c)))
            .Append(Relation("topic:s", "CITES", "topic:b"))
            .Append(Relation("topic:b", "CITES", "topic:t"))
            .ToList();
        var dense = new EmbeddedGraphStore(new KnowledgeGraph([.. clique.Append("topic:s").Append("topic:b").Append("topic:t").Select(id => Entity(id))], relations));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var paths = await dense.FindPathsAsync(new PathQuery("topic:s", "topic:t", MaxHops: 10, First: 5), timeout.Token);

        Assert.Equal(["topic:s topic:b topic:t"], paths.Select(p => string.Join(" ", p.EntityIds)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_hub_too_large_for_the_distance_search_still_yields_the_path_through_it()
    {
        // b's distances reach the hub at 1 hop, then run out of steps among its 201,000 leaves before reaching
        // topic:zz (last in id order): zz's distance stays unknown, yet its path through the hub is found.
        var leaves = Enumerable.Range(0, 201_000) // more than the 200,000 steps each phase may take
           .Select(i => $"topic:l{i:D6}").ToList();
        var relations = leaves.Select(leaf => Relation("organisation:hub", "CITES", leaf))
            .Append(Relation("economy:b", "CITES", "organisation:hub"))
            .Append(Relation("topic:zz", "CITES", "organisation:hub"))
            .ToList();
        var store = new EmbeddedGraphStore(new KnowledgeGraph(
            [.. leaves.Append("organisation:hub").Append("economy:b").Append("topic:zz").Select(id => Entity(id))], relations));

        var paths = await store.FindPathsAsync(new PathQuery("topic:zz", "economy:b", MaxHops: 4, First: 1), TestContext.Current.CancellationToken);

        Assert.Equal(["topic:zz organisation:hub economy:b"], paths.Select(p => string.Join(" ", p.EntityIds)));
    }
}
