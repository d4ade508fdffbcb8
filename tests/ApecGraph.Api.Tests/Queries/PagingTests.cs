using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>Cursor paging over a list longer than a page: nothing lost, nothing twice.</summary>
public sealed class PagingTests : IDisposable
{
    private readonly SyntheticGraph _graph = new(proposals: 23);

    [Fact]
    public async Task Walking_the_pages_visits_every_proposal_once()
    {
        using var api = new ApiFactory(_graph.GraphSeedsPath);
        using var client = api.CreateClient();
        var seen = new List<string>();
        string? after = null;
        int pages = 0;
        while (true)
        {
            var data = await client.QueryAsync("""
                query($after: String) { proposals(first: 5, after: $after) {
                  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }
                """, new { after });
            var connection = data.GetProperty("proposals");
            Assert.Equal(23, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            pages++;
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(5, pages);
        Assert.Equal(23, seen.Count);
        Assert.Equal(23, seen.Distinct().Count());
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_its_total()
    {
        using var api = new ApiFactory(_graph.GraphSeedsPath);
        var data = await api.CreateClient().QueryAsync("""
            { byProposer: proposals(proposer: "economy:e3") { totalCount edges { node { id } } }
              byMeeting: proposals(meeting: "meeting:m1", first: 100) { totalCount }
              none: proposals(proposer: "economy:e3", meeting: "meeting:m1") { totalCount } }
            """);

        // e3 proposes p where p % 10 == 3 or (p + 1) % 10 == 3: p = 2, 3, 12, 13, 22
        Assert.Equal(["proposal:p12", "proposal:p13", "proposal:p2", "proposal:p22", "proposal:p3"],
            data.GetProperty("byProposer").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).Order());
        Assert.Equal(5, data.GetProperty("byProposer").GetProperty("totalCount").GetInt32());
        Assert.Equal(5, data.GetProperty("byMeeting").GetProperty("totalCount").GetInt32()); // p = 1, 6, 11, 16, 21
        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task First_zero_gives_only_the_count()
    {
        using var api = new ApiFactory(_graph.GraphSeedsPath);
        var data = await api.CreateClient().QueryAsync("{ proposals(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }");

        Assert.Equal(23, data.GetProperty("proposals").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("proposals").GetProperty("edges").GetArrayLength());
        Assert.Equal(JsonValueKind.True, data.GetProperty("proposals").GetProperty("pageInfo").GetProperty("hasNextPage").ValueKind);
    }

    public void Dispose() => _graph.Dispose();
}
