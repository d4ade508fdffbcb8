using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>
/// <see cref="Neo4jGraphStore.GetGraphInfoAsync"/> on made-up answers in the HTTP API's format (no real server has answered
/// this statement yet: the integration test <c>ImportIntegrationTests</c> does, against a real Neo4j).
/// </summary>
public sealed class GraphInfoTests
{
    [Fact]
    public async Task The_metadata_node_is_read_back_as_the_import_wrote_it()
    {
        using var server = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["info"], [[new Dictionary<string, object?>
        {
            ["version"] = "0123456789abcdef",
            ["importedAt"] = "2026-12-01T10:00:00.0000000Z",
            ["entities"] = 3,
            ["relations"] = 4,
            ["kinds"] = new[] { "Economy", "Meeting" },
            ["kindCounts"] = new[] { 2, 1 },
        }]])));

        var info = await new Neo4jGraphStore(server.Client()).GetGraphInfoAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(info);
        Assert.Equal("0123456789abcdef", info.Version);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), info.LoadedAt);
        Assert.Equal((3, 4), (info.Entities, info.Relations));
        Assert.Equal([new KindCount(EntityKind.Economy, 2), new KindCount(EntityKind.Meeting, 1)], info.EntitiesByKind);
        var statement = Assert.Single(Assert.Single(server.Requests).Statements);
        Assert.Contains("MATCH (g:GraphInfo {key: $key})", statement.Text, StringComparison.Ordinal);
        Assert.Equal("current", statement.Parameters.GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_graph_imported_without_a_version_has_none()
    {
        using var server = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["info"], [])));

        Assert.Null(await new Neo4jGraphStore(server.Client()).GetGraphInfoAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Parallel_lists_of_different_lengths_are_refused()
    {
        using var server = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["info"], [[new Dictionary<string, object?>
        {
            ["version"] = "0123456789abcdef", ["importedAt"] = "2026-12-01T10:00:00Z", ["entities"] = 3, ["relations"] = 4,
            ["kinds"] = new[] { "Economy", "Meeting" }, ["kindCounts"] = new[] { 2 },
        }]])));

        await Assert.ThrowsAsync<ApecGraph.Neo4j.Http.Neo4jResponseException>(() => new Neo4jGraphStore(server.Client()).GetGraphInfoAsync(TestContext.Current.CancellationToken));
    }
}
