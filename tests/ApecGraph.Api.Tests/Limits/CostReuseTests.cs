using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Limits;

/// <summary>The cost of a document without variables is analysed once and reused; one with variables is analysed on
/// every request, with the request's values.</summary>
public sealed class CostReuseTests(RepositoryApi api) : IClassFixture<RepositoryApi>
{
    [Fact]
    public async Task A_document_without_variables_reports_the_same_estimate_on_every_request()
    {
        using var client = api.CreateClient();
        const string query = "{ proposals(first: 7) { edges { node { id proposers { ... on Entity { id } } } } } }";

        var first = await CostLimitTests.CostOf(client, query);
        var second = await CostLimitTests.CostOf(client, query);
        var other = await CostLimitTests.CostOf(client, query.Replace("first: 7", "first: 70", StringComparison.Ordinal));

        Assert.Equal(first.Estimated, second.Estimated);
        Assert.True(second.StoreCalls > 0); // executed, not answered from a cache
        Assert.True(other.Estimated > first.Estimated);
    }

    [Fact]
    public async Task A_document_with_variables_is_analysed_with_each_requests_values()
    {
        using var client = api.CreateClient();
        const string query = "query Q($n: Int) { proposals(first: $n) { edges { node { id proposers { ... on Entity { id } } } } } }";

        var small = await CostLimitTests.CostOf(client, query, new { n = 5 });
        var large = await CostLimitTests.CostOf(client, query, new { n = 50 });
        var smallAgain = await CostLimitTests.CostOf(client, query, new { n = 5 });
        var bomb = await client.PostAsync(query.Replace("proposers { ... on Entity { id } }", "proposers { ... on Entity { relations(first: 500) { to { relations(first: 500) { id } } } } }", StringComparison.Ordinal), new { n = 100 });

        Assert.True(large.Estimated > small.Estimated);
        Assert.Equal(small.Estimated, smallAgain.Estimated);
        Assert.Equal(["COST_LIMIT"], bomb.ErrorCodes);
    }
}
