using System.Text.Json;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Integration;

/// <summary>Grouped counts and ordered lists on a real Neo4j holding the repository graph answer as the embedded store
/// does; skipped, with the reason, where no Neo4j can be had.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class CountAndOrderIntegrationTests(Neo4jServer server) : IAsyncLifetime
{
    private static readonly EmbeddedGraphStore Embedded = new(RepositoryGraph.Graph);
    private Neo4jGraphStore neo4j = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        neo4j = new Neo4jGraphStore(server.Client());
        await new Neo4jImporter(server.Client()).ImportAsync(RepositoryGraph.Graph, cancellationToken: Token);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

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

    private static void AssertSame<T>(T expected, T actual, string context) =>
        Assert.True(JsonSerializer.Serialize(expected) == JsonSerializer.Serialize(actual),
            $"{context}\nexpected: {JsonSerializer.Serialize(expected)}\nactual:   {JsonSerializer.Serialize(actual)}");
}
