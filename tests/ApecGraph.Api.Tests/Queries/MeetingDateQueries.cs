using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>
/// "Which meetings were held in 2016?": the sources date the STAR Conference in Lima only by its year, so it was held
/// on some day of 2016, and a range that covers any of 2016 finds it. The answers are the texts' dates, not read back
/// from graph-seeds.
/// </summary>
public abstract class MeetingDateQueries(IApiUnderTest api)
{
    private const string Lima = "meeting:star-lima-2016";

    [Theory]
    [InlineData("2016-01-01", "2016-12-31")]
    [InlineData("2016", "2016")]
    [InlineData("2015-06", "2016-01-01")]  // ends on the first day of 2016
    [InlineData("2016-12-31", "2017")]     // starts on its last day
    [InlineData("2016-02-29", "2016-02-29")]
    public async Task A_meeting_dated_only_by_its_year_is_found_by_any_range_within_that_year(string from, string to)
    {
        var meetings = await Meetings(from, to);

        Assert.Equal([Lima], meetings.Select(m => m.GetProperty("id").GetString()));
        var lima = meetings[0];
        Assert.Equal("YEAR", lima.GetProperty("datePrecision").GetString());
        Assert.Equal(2016, lima.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, lima.GetProperty("startDate").ValueKind);
    }

    [Theory]
    [InlineData("2015", "2015-12-31")] // ends the day before 2016 starts
    [InlineData("2017-01-01", "2019")]
    public async Task A_range_that_misses_the_year_does_not_find_it(string from, string to) =>
        Assert.Empty(await Meetings(from, to));

    [Fact]
    public async Task A_month_bound_covers_the_whole_month_and_meetings_say_how_precise_their_dates_are()
    {
        var data = await api.CreateClient().QueryAsync("""
            { may: meetings(from: "2020-05", to: "2020-05") { edges { node { id datePrecision year } } }
              june: meetings(from: "2020-06-30", to: "2020-06-30") { edges { node { id datePrecision year startDate } } }
              som2: meetings(from: "2022-05-19", to: "2022-05-19") { edges { node { id datePrecision } } } }
            """);

        var may = Assert.Single(Nodes(data.GetProperty("may")));
        Assert.Equal(("meeting:vesom-2020-05-27", "DAY", 2020), (may.GetProperty("id").GetString(), may.GetProperty("datePrecision").GetString(), may.GetProperty("year").GetInt32()));
        // the second VESOM and the virtual MRT meeting, planned for June 2020 (no day given), were held on June 30 or before
        var june = Nodes(data.GetProperty("june")).ToList();
        Assert.Equal(["meeting:mrt-virtual-2020-06", "meeting:vesom-2-2020-06"], june.Select(m => m.GetProperty("id").GetString()));
        Assert.All(june, m => Assert.Equal(("MONTH", "2020-06"), (m.GetProperty("datePrecision").GetString(), m.GetProperty("startDate").GetString())));
        // SOM2 2022 is dated only by the day it ended (and the year 2022, and SOM1 2022 only by its year)
        Assert.Equal(["meeting:som1-2022", "meeting:som2-2022"], Nodes(data.GetProperty("som2")).Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(["YEAR", "DAY"], Nodes(data.GetProperty("som2")).Select(m => m.GetProperty("datePrecision").GetString()));
    }

    [Fact]
    public async Task An_undated_session_has_no_precision_and_no_year()
    {
        var data = await api.CreateClient().QueryAsync("""{ entity(id: "meeting:star-11-2020-session-2") { ... on Meeting { datePrecision year } } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("entity").GetProperty("datePrecision").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("entity").GetProperty("year").ValueKind);
    }

    [Theory]
    [InlineData("""{ meetings(from: "2016-07", to: "2016-06") { totalCount } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ meetings(from: "2021-02-29") { totalCount } }""", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("""{ meetings(to: "2016-1") { totalCount } }""", "ARGUMENTS_OF_CORRECT_TYPE")]
    public async Task A_range_that_ends_before_it_starts_or_a_day_the_calendar_lacks_is_refused(string query, string code)
    {
        var response = await api.CreateClient().PostAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    private async Task<List<JsonElement>> Meetings(string from, string to)
    {
        var data = await api.CreateClient().QueryAsync(
            "query($from: Date, $to: Date) { meetings(from: $from, to: $to) { totalCount edges { node { id datePrecision year startDate } } } }",
            new { from, to });
        var nodes = Nodes(data.GetProperty("meetings")).ToList();
        Assert.Equal(nodes.Count, data.GetProperty("meetings").GetProperty("totalCount").GetInt32());
        return nodes;
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));
}

[Collection(SharedApi.Name)]
public sealed class MeetingDateQueriesOnEmbeddedStore(RepositoryApi api) : MeetingDateQueries(api);
