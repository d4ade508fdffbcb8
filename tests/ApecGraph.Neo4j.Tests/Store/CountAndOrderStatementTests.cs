using System.Text.Json;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>What the store sends for grouped counts and ordered lists: one request per call, user values (the grouped
/// property and relation type, the cursor's key and id) only as parameters, the statement chosen by constants.</summary>
public sealed class CountAndOrderStatementTests : IDisposable
{
    private const string Hostile = "x'\"`}{) MATCH (n) DETACH DELETE n //$first";

    private readonly ReplayServer server = ReplayServer.Start(request =>
        request.Statements[0].Text.Contains("AS groups", StringComparison.Ordinal)
            ? Bodies.Ok(Bodies.Rows(["total", "groups"], [[0, Array.Empty<object>()]]))
            : Bodies.Ok(Bodies.Rows(["total", "items"], [[0, Array.Empty<object>()]])));

    private Neo4jGraphStore Store => new(server.Client());

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task Each_grouping_is_one_request_with_its_values_as_parameters()
    {
        Grouping[] groupings = [new Grouping.Kind(), new Grouping.Year(), new Grouping.Property(Hostile), new Grouping.Related(Hostile, Direction.In), new Grouping.RelationType()];
        foreach (var by in groupings)
            await Store.CountAsync(new GroupQuery { By = by, First = 7, Filter = new EntityQuery { Related = [new RelatedFilter("PROPOSED", Direction.In, Hostile)] } }, Token);

        Assert.Equal(groupings.Length, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.DoesNotContain(Hostile, Assert.Single(r.Statements).Text, StringComparison.Ordinal));
        Assert.All(server.Requests, r => Assert.Equal(7, r.Statements[0].Parameters.GetProperty("first").GetInt32()));
        Assert.Equal("prop_" + Hostile, server.Requests[2].Statements[0].Parameters.GetProperty("groupProperty").GetString());
        Assert.Equal(Hostile, server.Requests[3].Statements[0].Parameters.GetProperty("groupType").GetString());
        // RelatedFilter.Counts: only ACTUAL relations (stored with no modality) make a key
        Assert.Contains("g.modality IS NULL", server.Requests[3].Statements[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EntitySort.Name, false, "toUpper(e.name) AS sortKey", "sortKey ASC, e.id ASC")]
    [InlineData(EntitySort.Date, true, "left(coalesce(e[$dateStartKey0], e[$dateStartKey1], e[$dateStartKey2]) + '-01-01', 10) AS sortKey", "sortKey DESC, e.id DESC")]
    public async Task An_ordered_page_starts_after_the_cursor_given_as_parameters(EntitySort sort, bool descending, string key, string order)
    {
        await Store.ListEntitiesAsync(new EntityQuery { Order = new EntityOrder(sort, descending), AfterKey = Hostile, AfterId = Hostile + "id", First = 5 }, Token);

        var (text, parameters) = Assert.Single(Assert.Single(server.Requests).Statements);
        Assert.DoesNotContain(Hostile, text, StringComparison.Ordinal);
        Assert.Equal([Hostile, Hostile + "id", "6"], new[] { "afterKey", "afterId", "limit" }.Select(p => parameters.GetProperty(p).ToString()));
        Assert.Contains(key, text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY CASE WHEN sortKey IS NULL THEN 1 ELSE 0 END, " + order + " LIMIT $limit", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_order_sends_the_statement_recorded_on_the_real_server()
    {
        await Store.ListEntitiesAsync(new EntityQuery { First = 5 }, Token);

        var text = Assert.Single(Assert.Single(server.Requests).Statements).Text;
        Assert.Contains("WITH e ORDER BY e.id LIMIT $limit", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sortKey", text, StringComparison.Ordinal);
    }
}
