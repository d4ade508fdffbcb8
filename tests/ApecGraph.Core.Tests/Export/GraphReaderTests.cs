using ApecGraph.Core.Embedded;
using ApecGraph.Core.Export;
using ApecGraph.Core.Model;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Export;

public sealed class GraphReaderTests
{
    // A hub with more relations than RelationQuery's default limit (500), a self-relation, and more entities than a page.
    private static readonly KnowledgeGraph Graph = new(
        [Entity("document:hub"), .. Enumerable.Range(0, 620).Select(i => Entity($"topic:t{i:D3}")), Entity("meeting:m")],
        [
            .. Enumerable.Range(0, 620).Select(i => Relation("document:hub", Vocabulary.Mentions, $"topic:t{i:D3}")),
            Relation("meeting:m", "PRECEDES", "meeting:m"),
            Relation("topic:t001", "ABOUT", "topic:t002"),
        ]);

    [Fact]
    public async Task Reads_every_entity_once_in_id_order_across_pages()
    {
        var store = new EmbeddedGraphStore(Graph);

        var ids = await GraphReader.EntitiesAsync(store, pageSize: 7, TestContext.Current.CancellationToken).Select(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Reads_every_relation_exactly_once_a_hubs_beyond_the_per_entity_limit_and_a_self_relation_included()
    {
        var store = new EmbeddedGraphStore(Graph);

        var ids = await GraphReader.RelationsAsync(store, pageSize: 7, TestContext.Current.CancellationToken).Select(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Graph.Relations.Select(r => r.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }
}
