using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

/// <summary>Date filters on the embedded store: a year or a month stands for all its days, and a range matches every
/// entity whose span overlaps it, both ends included.</summary>
public sealed class DateSpanListTests
{
    private static readonly EmbeddedGraphStore Store = new(new KnowledgeGraph(
        [
            Entity("meeting:year-2016", null, null, ("year", "2016")),
            Entity("meeting:month-2016-02", null, null, ("startDate", "2016-02"), ("year", "2016")),
            Entity("meeting:day-2016-05-27", null, null, ("startDate", "2016-05-27")),
            Entity("meeting:two-days-2020-10", null, null, ("startDate", "2020-10-20"), ("endDate", "2020-10-21"), ("year", "2020")),
            Entity("meeting:ended-2022-05-19", null, null, ("endDate", "2022-05-19"), ("year", "2022")),
            Entity("meeting:undated"),
            Entity("resolution:r-2016", null, null, ("year", "2016")),
        ],
        []));

    [Theory]
    // a year-only span: 2016-01-01 .. 2016-12-31
    [InlineData("2015-01-01", "2015-12-31", "")]                       // ends the day before it starts
    [InlineData(null, "2015-12-31", "")]
    [InlineData("2015-12-31", "2016-01-01", "meeting:year-2016")]      // ends on its first day
    [InlineData("2016-12-31", "2017-06-30", "meeting:year-2016")]      // starts on its last day
    [InlineData("2016-12-31", null, "meeting:year-2016 meeting:two-days-2020-10 meeting:ended-2022-05-19")]
    [InlineData("2017-01-01", "2019-12-31", "")]                       // starts the day after it ends
    // a month-only span in a leap year: 2016-02-01 .. 2016-02-29
    [InlineData("2016-02-29", "2016-02-29", "meeting:month-2016-02 meeting:year-2016")]
    [InlineData("2016-01-31", "2016-01-31", "meeting:year-2016")]
    [InlineData("2016-03-01", "2016-05-26", "meeting:year-2016")]
    [InlineData(null, "2016-02-01", "meeting:month-2016-02 meeting:year-2016")]
    // a day, and a span of two days
    [InlineData("2016-05-27", "2016-05-27", "meeting:day-2016-05-27 meeting:year-2016")]
    [InlineData("2016-05-28", "2016-12-30", "meeting:year-2016")]
    [InlineData("2020-10-21", "2020-10-21", "meeting:two-days-2020-10")] // its last day, from endDate
    [InlineData("2020-10-22", null, "meeting:ended-2022-05-19")]
    [InlineData(null, "2020-10-19", "meeting:day-2016-05-27 meeting:month-2016-02 meeting:year-2016")]
    // only an end date: the span is that day, not its year
    [InlineData("2022-01-01", "2022-05-18", "")]
    [InlineData("2022-05-19", "2022-05-19", "meeting:ended-2022-05-19")]
    [InlineData("2022-05-20", "2022-12-31", "")]
    public async Task A_range_matches_every_span_it_overlaps(string? from, string? to, string expected)
    {
        var page = await Meetings(new DateSpanFilter(Day(from), Day(to)));

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), page.Items.Select(e => e.Id));
        Assert.Equal(page.Items.Count, page.TotalCount);
    }

    [Fact]
    public async Task An_open_range_keeps_every_dated_entity_of_any_kind()
    {
        var page = await Store.ListEntitiesAsync(new EntityQuery { Dates = new DateSpanFilter(null, null) }, TestContext.Current.CancellationToken);

        Assert.Equal(["meeting:day-2016-05-27", "meeting:ended-2022-05-19", "meeting:month-2016-02", "meeting:two-days-2020-10", "meeting:year-2016", "resolution:r-2016"],
            page.Items.Select(e => e.Id));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => new DateSpanFilter(new DateOnly(2016, 3, 1), new DateOnly(2016, 2, 29)));

    private static Task<EntityPage> Meetings(DateSpanFilter dates) =>
        Store.ListEntitiesAsync(new EntityQuery { Kind = EntityKind.Meeting, Dates = dates }, TestContext.Current.CancellationToken);

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
