using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Batching;

/// <summary>Each counts field is one store call, whatever the number of groups; the groups' entities one batch.</summary>
public sealed class CountStoreCallsTests
{
    [Fact]
    public async Task Each_aggregation_is_one_store_call_and_their_entities_one_batch()
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner));
        using var client = api.CreateClient();

        await client.QueryAsync("""
            { byProposer: proposalCounts(by: PROPOSER) { key count entity { id name } }
              byMeeting: proposalCounts(by: MEETING, status: "ENDORSED") { key count entity { id } }
              byYear: meetingCounts(by: YEAR) { key count }
              entityCounts(by: KIND) { key count }
              relationCounts(by: TYPE) { key count } }
            """);

        var calls = store!.Calls;
        Assert.Equal(5, calls.Count(c => c == nameof(CountingStore.CountAsync)));
        Assert.Equal(1, calls.Count(c => c == nameof(CountingStore.GetEntitiesAsync)));
        Assert.Equal(6, calls.Count);
    }
}
