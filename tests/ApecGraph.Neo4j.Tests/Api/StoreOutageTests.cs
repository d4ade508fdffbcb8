using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApecGraph.Neo4j.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ApecGraph.Neo4j.Tests.Api;

/// <summary>
/// The API on the Neo4j store (<c>GraphStore:Kind=Neo4j</c>) while its Neo4j goes away and comes back. Neo4j's side is a
/// replay server on 127.0.0.1 giving made-up answers (not parity: the status counts and one search row, VESOM), or 503
/// while "down".
/// </summary>
public sealed class StoreOutageTests : IDisposable
{
    private static readonly Reply Status = Bodies.Ok(Bodies.Rows(["entities", "relations"], [[3, 2]]));
    private static readonly Reply Vesom = Bodies.Ok(Bodies.Rows(["entity"],
        [[Bodies.Entity(RepositoryGraph.Graph.Entities.Single(e => e.Id == "meeting:vesom-2020-05-27"))]]));
    private readonly ReplayServer server;
    private volatile bool down;

    public StoreOutageTests() => server = ReplayServer.Start(request => down ? new Reply(503, "")
        : request.Statements is [{ Text: var text }] && text.Contains("AS entities", StringComparison.Ordinal) ? Status : Vesom);

    public void Dispose() => server.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private WebApplicationFactory<Program> Api(Uri neo4jUri) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        builder.UseSetting("GraphStore:Kind", "Neo4j");
        builder.UseSetting("Neo4j:Uri", neo4jUri.ToString());
        builder.UseSetting("Neo4j:RetryDelay", "00:00:00.001");
    });

    [Fact]
    public async Task An_outage_gives_coded_errors_and_503_health_then_the_api_recovers()
    {
        await using var api = Api(server.Uri);
        using var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Token)).StatusCode);
        Assert.Equal("meeting:vesom-2020-05-27", FirstHit(await Search(client)));

        down = true;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health", Token)).StatusCode);
        var failed = await Search(client);
        Assert.Equal("STORE_UNAVAILABLE", failed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        down = false;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Token)).StatusCode);
        Assert.Equal("meeting:vesom-2020-05-27", FirstHit(await Search(client)));
    }

    [Fact]
    public void The_api_does_not_start_on_an_unreachable_neo4j_and_says_why()
    {
        using var port = ReplayServer.ClosedPort();
        using var api = Api(port.Uri);

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains("cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j__Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_does_not_start_on_an_empty_neo4j_and_says_to_import()
    {
        using var empty = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["entities", "relations"], [[0, 0]])));
        using var api = Api(empty.Uri);

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains("ApecGraph.Cli import", error.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Search(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = """{ search(text: "VESOM") { entity { id } } }""" }, Token);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.Clone();
    }

    private static string? FirstHit(JsonElement response) =>
        response.GetProperty("data").GetProperty("search")[0].GetProperty("entity").GetProperty("id").GetString();
}
