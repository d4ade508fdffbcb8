using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Integration;

/// <summary>
/// Date filters on a real Neo4j holding the repository graph, at the edges of year-only, month-only and day spans, with
/// the meetings the texts date there (skipped, with the reason, where no Neo4j can be had). The same cases run on the
/// embedded store, so both stores are held to the same written answers.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class DateSpanIntegrationTests(Neo4jServer server)
{
    private const string Lima = "meeting:star-lima-2016";                 // year: 2016
    private const string Vesom = "meeting:vesom-2020-05-27";             // a day
    private const string Vesom2 = "meeting:vesom-2-2020-06";             // startDate: 2020-06
    private const string MrtVirtual = "meeting:mrt-virtual-2020-06";     // startDate: 2020-06
    private const string Mrt = "meeting:mrt-2020-07";                    // startDate: 2020-07
    private const string Star = "meeting:star-11-2020";                  // 2020-10-20 to 2020-10-21
    private const string Som1 = "meeting:som1-2022";                     // year: 2022
    private const string Ftaap = "meeting:ftaap-dedicated-session-2022-03"; // startDate: 2022-03
    private const string Som2 = "meeting:som2-2022";                     // endDate: 2022-05-19 (and year 2022)
    private const string Leaders = "meeting:apec-leaders-2022-11";       // startDate: 2022-11

    /// <summary>(from, to, the meetings held then, in id order).</summary>
    private static readonly (string? From, string? To, string[] Expected)[] MeetingCases =
    [
        ("2015-01-01", "2015-12-31", []),            // ends the day before 2016
        (null, "2015-12-31", []),
        ("2015-12-31", "2016-01-01", [Lima]),        // ends on its first day
        ("2016-12-31", "2016-12-31", [Lima]),        // its last day
        ("2017-01-01", "2020-05-26", []),            // starts the day after it ends
        ("2020-05-27", "2020-05-31", [Vesom]),
        ("2020-06-30", "2020-07-01", [Mrt, MrtVirtual, Vesom2]), // last day of June, first of July
        ("2020-07-31", "2020-10-20", [Mrt, Star]),
        ("2020-10-21", "2021-12-31", [Star]),        // its last day, from its endDate
        ("2020-10-22", "2021-12-31", []),
        ("2022-02-28", "2022-02-28", [Som1]),
        ("2022-03-31", "2022-03-31", [Ftaap, Som1]), // the last day of a month-only span
        ("2022-04-01", "2022-05-18", [Som1]),        // SOM2 is dated by the day it ended, not by its year
        ("2022-05-19", "2022-05-19", [Som1, Som2]),
        ("2022-11-30", null, [Leaders, Som1]),
        ("2022-12-01", null, [Som1]),
        ("2023-01-01", null, []),
    ];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Neo4j_finds_the_meetings_whose_span_overlaps_each_range()
    {
        var neo4j = new Neo4jGraphStore(server.Client());
        await new Neo4jImporter(server.Client()).ImportAsync(RepositoryGraph.Graph, cancellationToken: Token);

        await AssertCases(neo4j);
        // every kind: the resolution of 2016 is dated by its year too
        var all = await neo4j.ListEntitiesAsync(new EntityQuery { Dates = Range("2016-01-01", "2016-12-31") }, Token);
        Assert.Equal([Lima, "resolution:2325-2016"], all.Items.Select(e => e.Id));
    }

    [Fact]
    public Task The_embedded_store_gives_the_same_answers() => AssertCases(new EmbeddedGraphStore(RepositoryGraph.Graph));

    private static async Task AssertCases(IGraphStore store)
    {
        foreach (var (from, to, expected) in MeetingCases)
        {
            var page = await store.ListEntitiesAsync(new EntityQuery { Kind = EntityKind.Meeting, Dates = Range(from, to) }, Token);
            Assert.True(expected.SequenceEqual(page.Items.Select(e => e.Id)),
                $"[{from}, {to}]: expected {string.Join(", ", expected)}; got {string.Join(", ", page.Items.Select(e => e.Id))}");
            Assert.Equal(expected.Length, page.TotalCount);
        }
    }

    private static DateSpanFilter Range(string? from, string? to) => new(Day(from), Day(to));

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
