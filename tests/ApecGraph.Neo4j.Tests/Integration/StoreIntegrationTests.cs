using System.Text.Json;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Integration;

/// <summary>A real Neo4j holding the imported repository graph answers as the embedded store does; skipped, with the reason, where no Neo4j can be had.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class StoreIntegrationTests(Neo4jServer server) : IAsyncLifetime
{
    private static readonly KnowledgeGraph Graph = RepositoryGraph.Graph;
    private static readonly EmbeddedGraphStore Embedded = new(Graph);
    private Neo4jGraphStore neo4j = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        neo4j = new Neo4jGraphStore(server.Client());
        await new Neo4jImporter(server.Client()).ImportAsync(Graph, cancellationToken: Token);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Entities_and_relations_of_every_entity()
    {
        string[] ids = [.. Graph.Entities.Select(e => e.Id), "economy:atlantis"];

        AssertSame(await Embedded.GetEntitiesAsync(ids, Token), await neo4j.GetEntitiesAsync(ids, Token));
        foreach (var query in new[] { RelationQuery.All, new RelationQuery { Direction = Direction.Out }, new RelationQuery { Direction = Direction.In, Types = ["PROPOSED", "MENTIONS"] } })
            AssertSame(await Embedded.GetRelationsAsync(ids, query, Token), await neo4j.GetRelationsAsync(ids, query, Token));
    }

    [Fact]
    public async Task Lists_filters_and_keyset_pages()
    {
        var queries = Enum.GetValues<EntityKind>().Select(k => new EntityQuery { Kind = k, First = 7 }).Concat(
        [
            new EntityQuery { First = 500 },
            new EntityQuery { First = 0 },
            new EntityQuery { Kind = EntityKind.Meeting, PropertyEquals = new Dictionary<string, string> { ["format"] = "virtual" } },
            new EntityQuery { Kind = EntityKind.Meeting, Dates = new DateSpanFilter(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)) },
            new EntityQuery { Dates = new DateSpanFilter(new DateOnly(2021, 1, 1), null) },
            new EntityQuery { Dates = new DateSpanFilter(null, null), First = 5 },
            new EntityQuery { Kind = EntityKind.Proposal, Related = [new RelatedFilter("PROPOSED", Direction.In, "economy:malaysia")] },
            new EntityQuery { Kind = EntityKind.Meeting, Related = [new RelatedFilter("CHAIRED", Direction.In, "economy:malaysia")] }, // ACTUAL only, as the embedded store
            new EntityQuery { Related = [new RelatedFilter("DELIBERATED_AT", Direction.Out, "meeting:vesom-2020-05-27"), new RelatedFilter("PROPOSED", Direction.Both, "economy:malaysia")] },
        ]);
        foreach (var query in queries)
        {
            // walk every page, as a client following cursors would
            for (var page = query; ;)
            {
                var expected = await Embedded.ListEntitiesAsync(page, Token);
                AssertSame(expected, await neo4j.ListEntitiesAsync(page, Token), JsonSerializer.Serialize(page));
                if (!expected.HasNextPage || expected.Items.Count == 0) break;
                page = page with { AfterId = expected.Items[^1].Id };
            }
        }
    }

    [Theory]
    [InlineData("VESOM")]
    [InlineData("Ministry of International Trade & Industry")]
    [InlineData("People’s Republic of China")]
    [InlineData("covid19")]
    [InlineData("republic china")]
    [InlineData("a")]
    public async Task Search(string text)
    {
        foreach (var query in new[] { new SearchQuery(text), new SearchQuery(text, [EntityKind.Organisation], 20) })
            AssertSame(await Embedded.SearchAsync(query, Token), await neo4j.SearchAsync(query, Token));
    }

    [Fact]
    public async Task Paths()
    {
        var sample = Graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).Where((_, i) => i % 13 == 0).ToList();
        foreach (var from in sample)
        foreach (var to in sample)
        foreach (var query in new[] { new PathQuery(from, to, 4, 3), new PathQuery(from, to, 2, 4) { ExcludedTypes = [] } })
            AssertSame(await Embedded.FindPathsAsync(query, Token), await neo4j.FindPathsAsync(query, Token), $"{from} -> {to} {query}");
        var chile = new PathQuery("economy:chile", "resolution:1540-2004", 5, 3);
        AssertSame(await Embedded.FindPathsAsync(chile, Token), await neo4j.FindPathsAsync(chile, Token));
    }

    public static TheoryData<string> Groupings => ["kind", "year", "status", "format", "proposer", "meeting", "host", "types"];

    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task Grouped_counts_filtered_or_not_and_cut_to_first(string name)
    {
        var (by, kind) = name switch
        {
            "kind" => ((Grouping)new Grouping.Kind(), (EntityKind?)null),
            "year" => (new Grouping.Year(), EntityKind.Meeting),
            "status" => (new Grouping.Property("status"), EntityKind.Proposal),
            "format" => (new Grouping.Property("format"), EntityKind.Meeting),
            "proposer" => (new Grouping.Related("PROPOSED", Direction.In), EntityKind.Proposal),
            "meeting" => (new Grouping.Related("DELIBERATED_AT", Direction.Out), EntityKind.Proposal),
            "host" => (new Grouping.Related("HOSTED", Direction.In), EntityKind.Meeting),
            _ => (new Grouping.RelationType(), null),
        };
        foreach (var filter in new[]
        {
            new EntityQuery { Kind = kind },
            new EntityQuery { Kind = kind, Dates = new DateSpanFilter(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)) },
            new EntityQuery { Kind = kind, Related = [new RelatedFilter("PROPOSED", Direction.In, "economy:thailand")] },
        })
        foreach (var first in new[] { 100, 2, 0 })
        {
            var query = new GroupQuery { By = by, Filter = filter, First = first };
            AssertSame(await Embedded.CountAsync(query, Token), await neo4j.CountAsync(query, Token), $"{name} {JsonSerializer.Serialize(filter)} first {first}");
        }
    }

    [Theory]
    [InlineData(EntitySort.Name, false)]
    [InlineData(EntitySort.Name, true)]
    [InlineData(EntitySort.Date, false)]
    [InlineData(EntitySort.Date, true)]
    [InlineData(EntitySort.Id, true)]
    public async Task Ordered_lists_walked_page_by_page(EntitySort sort, bool descending)
    {
        foreach (var start in new[]
        {
            new EntityQuery { First = 7 },
            new EntityQuery { Kind = EntityKind.Meeting, First = 3 },
            new EntityQuery { Kind = EntityKind.Meeting, First = 4, Dates = new DateSpanFilter(new DateOnly(2020, 1, 1), null) },
        })
        {
            for (var page = start with { Order = new EntityOrder(sort, descending) }; ;)
            {
                var expected = await Embedded.ListEntitiesAsync(page, Token);
                AssertSame(expected, await neo4j.ListEntitiesAsync(page, Token), JsonSerializer.Serialize(page));
                if (!expected.HasNextPage || expected.Items.Count == 0) break;
                page = page with { AfterId = expected.Items[^1].Id, AfterKey = page.Order.KeyOf(expected.Items[^1]) };
            }
        }
    }

    [Fact]
    public async Task Document_texts_and_every_documents_quoted_facts_with_their_offsets()
    {
        string[] ids = [.. Graph.Entities.Where(e => e.Kind == EntityKind.Document).Select(e => e.Id), "economy:malaysia", "document:none"];

        AssertSame(await Embedded.GetDocumentTextsAsync(ids, Token), await neo4j.GetDocumentTextsAsync(ids, Token));
        foreach (var limit in new[] { QuotedFact.MaxPerDocument, 3, 0 })
            AssertSame(await Embedded.GetQuotedFactsAsync(ids, limit, Token), await neo4j.GetQuotedFactsAsync(ids, limit, Token), $"limit {limit}");
    }

    private static void AssertSame<T>(T expected, T actual, string? context = null) =>
        Assert.True(JsonSerializer.Serialize(expected) == JsonSerializer.Serialize(actual),
            $"{context}\nexpected: {JsonSerializer.Serialize(expected)}\nactual:   {JsonSerializer.Serialize(actual)}");
}
