using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

public sealed class ListEntitiesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<EntityPage> List(EntityQuery query) => SampleGraph.Store.ListEntitiesAsync(query, Token);

    [Fact]
    public async Task Kind_filter_lists_by_id()
    {
        var page = await List(new EntityQuery { Kind = EntityKind.Economy });

        Assert.Equal(["economy:japan", "economy:malaysia", "economy:peru"], page.Items.Select(e => e.Id));
        Assert.Equal(3, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Property_equals_ignores_case()
    {
        var page = await List(new EntityQuery { Kind = EntityKind.Meeting, PropertyEquals = new Dictionary<string, string> { ["format"] = "virtual" } });

        Assert.Equal(["meeting:mrt-2020", "meeting:star-2020", "meeting:vesom"], page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Date_spans_filter_and_skip_entities_without_a_date()
    {
        var page = await List(new EntityQuery { Dates = new DateSpanFilter(new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 30)) });

        Assert.Equal(["meeting:mrt-2020", "meeting:vesom"], page.Items.Select(e => e.Id)); // "2020-05" lies between the bounds
        var open = await List(new EntityQuery { Dates = new DateSpanFilter(new DateOnly(2020, 1, 1), null) });
        Assert.Equal(["meeting:mrt-2020", "meeting:star-2020", "meeting:vesom"], open.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Related_filters_count_only_actual_relations()
    {
        var store = new EmbeddedGraphStore(new KnowledgeGraph(
            [Entity("economy:peru"), Entity("meeting:held"), Entity("meeting:planned"), Entity("meeting:expected")],
            [Relation("economy:peru", "CHAIRED", "meeting:held"),
             Relation("economy:peru", "CHAIRED", "meeting:planned") with { Modality = Modality.Planned },
             Relation("economy:peru", "CHAIRED", "meeting:expected") with { Modality = Modality.Expected }]));

        var chaired = await store.ListEntitiesAsync(new EntityQuery { Related = [new RelatedFilter("CHAIRED", Direction.In, "economy:peru")] }, Token);
        var chairs = await store.ListEntitiesAsync(new EntityQuery { Related = [new RelatedFilter("CHAIRED", Direction.Both, "meeting:planned")] }, Token);

        Assert.Equal(["meeting:held"], chaired.Items.Select(e => e.Id));
        Assert.Equal(1, chaired.TotalCount);
        Assert.Equal(0, chairs.TotalCount);
    }

    [Fact]
    public async Task Related_filters_follow_direction_and_combine()
    {
        var byMalaysia = await List(new EntityQuery { Related = [new RelatedFilter("PROPOSED", Direction.In, "economy:malaysia")] });
        var byBoth = await List(new EntityQuery
        {
            Related = [new RelatedFilter("PROPOSED", Direction.In, "economy:malaysia"), new RelatedFilter("PROPOSED", Direction.In, "economy:japan")],
        });
        var proposers = await List(new EntityQuery { Related = [new RelatedFilter("PROPOSED", Direction.Out, "proposal:p2")] });
        var eitherWay = await List(new EntityQuery { Related = [new RelatedFilter("PARTICIPATED_IN", Direction.Both, "meeting:vesom")] });
        var none = await List(new EntityQuery { Related = [new RelatedFilter("PROPOSED", Direction.Out, "proposal:p2")], Kind = EntityKind.Meeting });

        Assert.Equal(["proposal:p1", "proposal:p2"], byMalaysia.Items.Select(e => e.Id));
        Assert.Equal(["proposal:p2"], byBoth.Items.Select(e => e.Id));
        Assert.Equal(["economy:japan", "economy:malaysia"], proposers.Items.Select(e => e.Id));
        Assert.Equal(["economy:japan", "economy:malaysia"], eitherWay.Items.Select(e => e.Id));
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task Keyset_pages_cover_everything_once_with_the_whole_count()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await List(new EntityQuery { First = 4, AfterId = after });
            Assert.Equal(SampleGraph.Graph.Entities.Count, page.TotalCount);
            seen.AddRange(page.Items.Select(e => e.Id));
            pages++;
            if (!page.HasNextPage)
            {
                break;
            }
            after = page.Items[^1].Id;
        }

        Assert.Equal(4, pages); // 13 entities in pages of 4
        Assert.Equal(SampleGraph.Graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Filtered_pages_keep_the_filtered_count()
    {
        var first = await List(new EntityQuery { Kind = EntityKind.Meeting, First = 2 });
        var second = await List(new EntityQuery { Kind = EntityKind.Meeting, First = 2, AfterId = first.Items[^1].Id });

        Assert.Equal((4, true), (first.TotalCount, first.HasNextPage));
        Assert.Equal((4, false), (second.TotalCount, second.HasNextPage));
        Assert.Equal(["meeting:som1-2019", "meeting:star-2020", "meeting:vesom"], second.Items.Select(e => e.Id).Prepend(first.Items[1].Id));
    }

    [Fact]
    public async Task First_zero_returns_only_the_count()
    {
        var page = await List(new EntityQuery { Kind = EntityKind.Proposal, First = 0 });

        Assert.Empty(page.Items);
        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task After_an_id_that_does_not_exist_continues_in_id_order()
    {
        var page = await List(new EntityQuery { Kind = EntityKind.Economy, AfterId = "economy:k" });

        Assert.Equal(["economy:malaysia", "economy:peru"], page.Items.Select(e => e.Id));
        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public async Task An_empty_graph_lists_nothing()
    {
        var page = await new EmbeddedGraphStore(new([Entity("topic:a")], [])).ListEntitiesAsync(new EntityQuery { Kind = EntityKind.Economy }, Token);

        Assert.Equal((0, false), (page.TotalCount, page.HasNextPage));
    }
}
