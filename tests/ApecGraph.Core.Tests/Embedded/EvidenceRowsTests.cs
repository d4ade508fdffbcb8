using System.Collections;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

/// <summary>A record's evidence from the embedded store is made when first read, then kept: the graph's rows in order,
/// the same instances on every read, and countable and copyable as an array is.</summary>
public sealed class EvidenceRowsTests
{
    private static readonly Evidence[] Stated =
    [
        new("document:d", "Alpha was named first."),
        new("document:d", "Alpha was named again.") { Supports = ["founded"] },
        new("document:e", "A third quote on Alpha."),
    ];

    private static async Task<Entity> AlphaAsync()
    {
        var store = new EmbeddedGraphStore(new KnowledgeGraph(
            [Entity("topic:alpha") with { Evidence = Stated }, Entity("document:d"), Entity("document:e"), Entity("topic:beta")], []));
        return (await store.GetEntitiesAsync(["topic:alpha"], TestContext.Current.CancellationToken))["topic:alpha"];
    }

    [Fact]
    public async Task The_rows_are_the_stated_evidence_in_order()
    {
        var evidence = (await AlphaAsync()).Evidence;

        Assert.IsType<EvidenceRows>(evidence);
        Assert.Equal(3, evidence.Count);
        Assert.Equal(Stated.Select(e => (e.DocumentId, e.Quote, string.Join(",", e.Supports))),
            evidence.Select(e => (e.DocumentId, e.Quote, string.Join(",", e.Supports))));
        Assert.Equal(Stated[2].Quote, evidence[2].Quote);
    }

    [Fact]
    public async Task Every_read_gives_the_same_instances()
    {
        var evidence = (await AlphaAsync()).Evidence;

        var first = evidence.ToList();
        Assert.Same(first[1], evidence[1]);
        Assert.Equal(first, evidence.ToList(), ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public async Task It_counts_and_copies_as_a_collection()
    {
        var collection = Assert.IsAssignableFrom<ICollection>((await AlphaAsync()).Evidence);
        var copy = new Evidence[4];

        collection.CopyTo(copy, 1);

        Assert.Equal(3, collection.Count);
        Assert.Null(copy[0]);
        Assert.Equal(Stated.Select(e => e.Quote), copy.Skip(1).Select(e => e!.Quote));
    }
}
