using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Batching;

/// <summary>A list with its neighbours costs a fixed number of store calls, whatever its length.</summary>
public sealed class BatchLoadingTests : IDisposable
{
    private const string Query = """
        query($n: Int!) { proposals(first: $n) { edges { node {
            id title
            proposers { ... on Entity { id name } }
            meeting { id name startDate }
            relations { evidence { document { id } } }
        } } } }
        """;

    private readonly SyntheticGraph _graph = new(proposals: 60);
    private CountingStore? _store;

    [Fact]
    public async Task Fifty_proposals_with_proposers_and_meetings_cost_as_many_store_calls_as_five()
    {
        using var api = new ApiFactory(_graph.GraphSeedsPath, inner => _store = new CountingStore(inner));
        using var client = api.CreateClient();

        var five = await CallsFor(client, 5);
        var fifty = await CallsFor(client, 50);

        Assert.Equal(five, fifty);
        // one page, relations for proposers, relations for meetings, all relations, one batch of entities for proposers and meetings + documents
        Assert.InRange(fifty.Count, 1, 6);
        Assert.Equal(1, fifty.Count(c => c == nameof(CountingStore.ListEntitiesAsync)));
    }

    [Fact]
    public async Task Each_of_fifty_proposals_gets_its_own_proposers_and_meeting()
    {
        using var api = new ApiFactory(_graph.GraphSeedsPath);
        var data = await api.CreateClient().QueryAsync(Query, new { n = 50 });

        var nodes = data.GetProperty("proposals").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(50, nodes.Count);
        foreach (var node in nodes)
        {
            var p = int.Parse(node.GetProperty("id").GetString()!["proposal:p".Length..]);
            var proposers = node.GetProperty("proposers").EnumerateArray().Select(x => x.GetProperty("id").GetString()).Order().ToList();
            Assert.Equal(new[] { $"economy:e{p % 10}", $"economy:e{(p + 1) % 10}" }.Order(), proposers);
            Assert.Equal($"meeting:m{p % 5}", node.GetProperty("meeting").GetProperty("id").GetString());
        }
    }

    private async Task<List<string>> CallsFor(HttpClient client, int n)
    {
        _store!.Reset();
        await client.QueryAsync(Query, new { n });
        return [.. _store.Calls.Order()];
    }

    public void Dispose() => _graph.Dispose();
}
