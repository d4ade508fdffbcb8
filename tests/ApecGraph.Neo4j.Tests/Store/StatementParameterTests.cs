using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>
/// What the store sends: user values only as parameters, never in the statement text; one request per call whatever
/// the number of ids; none when there is nothing to ask.
/// </summary>
public sealed class StatementParameterTests : IDisposable
{
    private const string Hostile = "x'\"`}{) MATCH (n) DETACH DELETE n //$ids";

    private readonly ReplayServer server = ReplayServer.Start(request =>
        request.Statements[0].Text.Contains("AS total", StringComparison.Ordinal)
            ? Bodies.Ok(Bodies.Rows(["total", "items"], [[0, Array.Empty<object>()]]))
            : Bodies.Empty(request));

    private Neo4jGraphStore Store => new(server.Client());

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task An_id_with_quotes_backticks_and_braces_travels_only_as_a_parameter()
    {
        await Store.GetEntitiesAsync([Hostile, "economy:chile"], Token);
        await Store.GetRelationsAsync([Hostile], new RelationQuery { Types = [Hostile], Direction = Direction.In }, Token);
        await Store.FindPathsAsync(new PathQuery(Hostile, "economy:chile") { ExcludedTypes = [Hostile] }, Token);
        await Store.FindPathsAsync(new PathQuery(Hostile, Hostile), Token);

        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, AssertOnlyAsParameter);
    }

    [Fact]
    public async Task Every_read_statement_is_bounded_by_a_limit()
    {
        await Store.GetEntitiesAsync(["economy:chile", "economy:peru"], Token);
        await Store.GetRelationsAsync(["economy:chile"], new RelationQuery { Limit = 7 }, Token);
        await Store.SearchAsync(new SearchQuery("chile"), Token);
        await Store.FindPathsAsync(new PathQuery("economy:chile", "economy:peru"), Token);
        await Store.FindPathsAsync(new PathQuery("economy:chile", "economy:chile"), Token);
        await Store.ListEntitiesAsync(new EntityQuery { First = 5 }, Token);

        Assert.Equal(6, server.Requests.Count);
        Assert.Contains("LIMIT 1", Statements.Status().Text, StringComparison.Ordinal);
        // a LIMIT, or for relations a slice per entity (the first $limit of each entity's, in type then id order)
        Assert.All(server.Requests, r => Assert.Matches(@"LIMIT \$limit|LIMIT 1|collect\(r\)\[\.\.\$limit\]", r.Statements[0].Text));
        int Limit(int request) => server.Requests[request].Statements[0].Parameters.GetProperty("limit").GetInt32();
        Assert.Equal(2, Limit(0));
        Assert.Equal(7, Limit(1));
        Assert.Equal(Statements.MaxRows, Limit(2));
        Assert.Equal(Statements.MaxRows, Limit(3));
        Assert.Equal(6, Limit(5));
    }

    [Fact]
    public async Task A_related_filter_counts_only_actual_relations_as_the_embedded_store_does()
    {
        await Store.ListEntitiesAsync(new EntityQuery { Related = [new RelatedFilter("CHAIRED", Direction.In, "economy:peru")] }, Token);

        // RelatedFilter.Counts: ACTUAL is stored as no modality (ImportRows), PLANNED and EXPECTED by name
        Assert.Contains("AND rel0.modality IS NULL", Assert.Single(server.Requests).Statements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_filter_value_of_a_list_travels_only_as_a_parameter()
    {
        await Store.ListEntitiesAsync(new EntityQuery
        {
            Kind = EntityKind.Meeting,
            PropertyEquals = new Dictionary<string, string> { [Hostile] = Hostile },
            Dates = new DateSpanFilter(new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31)),
            Related = [new RelatedFilter(Hostile, Direction.Both, Hostile)],
            AfterId = Hostile,
        }, Token);

        var request = Assert.Single(server.Requests);
        AssertOnlyAsParameter(request);
        var parameters = Strings(request.Statements[0].Parameters);
        Assert.Contains("Meeting", parameters);
        // property key and value, related type and id, the cursor
        Assert.Equal(5, parameters.Count(p => p.Contains(Hostile, StringComparison.Ordinal)));
        // the date bounds are days, as parameters; the span starts at the first of startDate, endDate, year the node has
        Assert.Equal(["2016-01-01", "2016-12-31"], [request.Statements[0].Parameters.GetProperty("datesFrom").GetString(), request.Statements[0].Parameters.GetProperty("datesTo").GetString()]);
        Assert.Contains("coalesce(e[$dateStartKey0], e[$dateStartKey1], e[$dateStartKey2])", request.Statements[0].Text);
        Assert.Equal(["prop_startDate", "prop_endDate", "prop_year"], [.. new[] { 0, 1, 2 }.Select(k => request.Statements[0].Parameters.GetProperty($"dateStartKey{k}").GetString())]);
    }

    [Fact]
    public async Task Search_text_travels_only_as_parameters()
    {
        await Store.SearchAsync(new SearchQuery("Ministry `of` {Trade} & DETACH", [EntityKind.Organisation]), Token);

        var (text, parameters) = Assert.Single(Assert.Single(server.Requests).Statements);
        Assert.DoesNotContain("DETACH", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ministry", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SearchIndex.Query("ministry of trade detach"), parameters.GetProperty("query").GetString());
        Assert.Equal(["Organisation"], Strings(parameters.GetProperty("kinds")));
    }

    [Fact]
    public async Task A_thousand_ids_are_one_request_per_call()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"economy:e{i}").ToArray();

        await Store.GetEntitiesAsync(ids, Token);
        await Store.GetRelationsAsync(ids, RelationQuery.All, Token);

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(1000, Assert.Single(r.Statements).Parameters.GetProperty("ids").GetArrayLength()));
    }

    [Fact]
    public async Task Nothing_to_ask_sends_no_request()
    {
        Assert.Empty(await Store.GetEntitiesAsync([], Token));
        Assert.Empty(await Store.GetRelationsAsync([], RelationQuery.All, Token));
        Assert.Empty(await Store.SearchAsync(new SearchQuery(" ‘ . ’ "), Token));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("VESOM", First: 0), Token));

        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(4, 3, "SHORTEST 3 GROUPS", "]-{1,4}(b)")]
    [InlineData(2, 20, "SHORTEST 2 GROUPS", "]-{1,2}(b)")]
    [InlineData(6, 1, "SHORTEST 1 GROUPS", "]-{1,6}(b)")]
    public async Task Path_bounds_are_formatted_from_checked_ints(int maxHops, int first, string selector, string quantifier)
    {
        await Store.FindPathsAsync(new PathQuery("economy:chile", "resolution:1540-2004", maxHops, first), Token);

        var text = Assert.Single(Assert.Single(server.Requests).Statements).Text;
        Assert.Contains(selector, text, StringComparison.Ordinal);
        Assert.Contains(quantifier, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_hops_than_the_limit_are_refused_before_any_request()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindPathsAsync(new PathQuery("a:x", "a:y", MaxHops: PathQuery.MaxHopsLimit + 1), Token));

        Assert.Empty(server.Requests);
    }

    private static void AssertOnlyAsParameter(ReceivedRequest request)
    {
        var (text, parameters) = Assert.Single(request.Statements);
        Assert.DoesNotContain(Hostile, text, StringComparison.Ordinal);
        Assert.DoesNotContain("DETACH", text, StringComparison.Ordinal);
        Assert.Contains(Strings(parameters), p => p.Contains(Hostile, StringComparison.Ordinal));
    }

    /// <summary>Every string anywhere in a parameters object, in document order.</summary>
    private static List<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => [.. value.EnumerateArray().SelectMany(Strings)],
        JsonValueKind.Object => [.. value.EnumerateObject().SelectMany(p => Strings(p.Value))],
        _ => [],
    };
}
