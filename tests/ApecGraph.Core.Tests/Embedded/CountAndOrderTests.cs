using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

/// <summary>The embedded store's grouped counts and orders on a graph made for their rules: a joint proposal, a
/// proposal only planned, a relation stated twice, names that differ only in case, partial and missing dates.</summary>
public sealed class CountAndOrderTests
{
    private static readonly EmbeddedGraphStore Store = new(new KnowledgeGraph(
        [
            Entity("economy:a", "Alpha"),
            Entity("economy:b", "beta"),
            Entity("economy:c", "ALPHA"),
            Entity("proposal:p1", "One"),
            Entity("proposal:p2", "Two"),
            Entity("proposal:p3", "Three"),
            Entity("meeting:m1", "M1", null, ("startDate", "2019-12-30"), ("endDate", "2020-01-02")),
            Entity("meeting:m2", "M2", null, ("year", "2020")),
            Entity("meeting:m3", "M3", null, ("startDate", "2020-01")),
            Entity("meeting:m4", "M4"),
        ],
        [
            Relation("economy:a", "PROPOSED", "proposal:p1"),
            Relation("economy:a", "PROPOSED", "proposal:p2", "a-p2-1"),
            Relation("economy:a", "PROPOSED", "proposal:p2", "a-p2-2"),
            Relation("economy:b", "PROPOSED", "proposal:p2"),
            Relation("economy:b", "PROPOSED", "proposal:p3") with { Modality = Modality.Planned },
        ]));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(string?, int)[]> Count(Grouping by, EntityKind kind, int first = 20) =>
        [.. (await Store.CountAsync(new GroupQuery { By = by, Filter = new EntityQuery { Kind = kind }, First = first }, Token)).Groups.Select(g => (g.Key, g.Count))];

    [Fact]
    public async Task A_joint_proposal_counts_once_for_each_proposer_and_a_planned_one_for_none()
    {
        // a: p1, p2 (stated twice, counted once); b: p2 (p3 only planned); p3 has no ACTUAL proposer
        Assert.Equal([("economy:a", 2), ("economy:b", 1), (null, 1)], await Count(new Grouping.Related("PROPOSED", Direction.In), EntityKind.Proposal));
    }

    [Fact]
    public async Task Meetings_count_under_the_year_they_start_in_undated_ones_under_null()
    {
        Assert.Equal([("2020", 2), ("2019", 1), (null, 1)], await Count(new Grouping.Year(), EntityKind.Meeting));
    }

    [Fact]
    public async Task First_cuts_the_ordered_groups_and_the_total_counts_them_all()
    {
        var counts = await Store.CountAsync(new GroupQuery { By = new Grouping.Year(), Filter = new EntityQuery { Kind = EntityKind.Meeting }, First = 1 }, Token);

        Assert.Equal([new GroupCount("2020", 2)], counts.Groups);
        Assert.Equal(3, counts.TotalGroups);
    }

    [Theory]
    [InlineData(false, new[] { "meeting:m1", "meeting:m2", "meeting:m3", "meeting:m4" })]
    [InlineData(true, new[] { "meeting:m3", "meeting:m2", "meeting:m1", "meeting:m4" })]
    public async Task By_date_a_partial_date_sorts_by_its_first_day_and_undated_last(bool descending, string[] expected)
    {
        // m2 (2020) and m3 (2020-01) both start on 2020-01-01: by id, in the same direction
        var page = await Store.ListEntitiesAsync(new EntityQuery { Kind = EntityKind.Meeting, Order = new EntityOrder(EntitySort.Date, descending) }, Token);

        Assert.Equal(expected, page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task By_name_case_is_ignored_and_ties_go_by_id()
    {
        var page = await Store.ListEntitiesAsync(new EntityQuery { Kind = EntityKind.Economy, Order = new EntityOrder(EntitySort.Name) }, Token);

        Assert.Equal(["economy:a", "economy:c", "economy:b"], page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task A_page_after_an_undated_entity_continues_among_the_undated()
    {
        var order = new EntityOrder(EntitySort.Date);
        var page = await Store.ListEntitiesAsync(new EntityQuery { Kind = EntityKind.Meeting, Order = order, AfterKey = "2020-01-01", AfterId = "meeting:m2", First = 1 }, Token);

        Assert.Equal(["meeting:m3"], page.Items.Select(e => e.Id));
        Assert.True(page.HasNextPage);
        Assert.Empty((await Store.ListEntitiesAsync(new EntityQuery { Kind = EntityKind.Meeting, Order = order, AfterKey = null, AfterId = "meeting:m4" }, Token)).Items);
    }
}
