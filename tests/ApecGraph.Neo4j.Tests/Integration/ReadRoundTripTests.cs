using System.Net.Http.Json;
using System.Text.Json;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Neo4j.Tests.Integration;

/// <summary>
/// On a real Neo4j holding the repository graph: the statements each bench query sends through the API (counted in the
/// Neo4j client's pipeline), every one labelled READ, with the same answers as the embedded store's API; the prefetch and
/// the full-text search answering as the embedded store does. Skipped, with the reason, where no Neo4j can be had.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class ReadRoundTripTests(Neo4jServer server) : IAsyncLifetime
{
    private static readonly EmbeddedGraphStore Embedded = new(RepositoryGraph.Graph);
    private readonly StatementLog log = new();
    private WebApplicationFactory<Program> onNeo4j = null!, embedded = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var options = server.Options;
        await new Neo4jImporter(server.Client()).ImportAsync(RepositoryGraph.Graph, cancellationToken: Token);
        embedded = Api(new Dictionary<string, string>());
        var settings = new Dictionary<string, string> { ["GraphStore:Kind"] = "Neo4j", ["Neo4j:Uri"] = options.Uri!.ToString(), ["Neo4j:Database"] = options.Database };
        if (options.User is not null) (settings["Neo4j:User"], settings["Neo4j:Password"]) = (options.User, options.Password ?? "");
        onNeo4j = Api(settings).WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient(Neo4jHttpClient.HttpClientName).AddHttpMessageHandler(() => new StatementCounter(log))));
    }

    public async ValueTask DisposeAsync()
    {
        if (onNeo4j is not null) await onNeo4j.DisposeAsync();
        if (embedded is not null) await embedded.DisposeAsync();
    }

    private static WebApplicationFactory<Program> Api(Dictionary<string, string> settings) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("ResponseCache:Enabled", "false");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    });

    [Theory]
    [InlineData("proposals", 1)]
    [InlineData("evidence", 2)]
    [InlineData("search", 1)]
    [InlineData("paths", 3)]
    public Task A_bench_query_sends_a_fixed_few_read_statements_and_answers_as_the_embedded_store(string name, int statements) =>
        AssertStatements(name, BenchQuery(name), statements);

    [Fact]
    public Task A_lookup_with_two_levels_of_neighbours_is_one_statement() => AssertStatements("lookup", """
        { entity(id: "economy:thailand") { id ... on Economy { proposals { id meeting { id name } proposers { ... on Entity { id } } } } } }
        """, 1);

    private async Task AssertStatements(string name, string query, int statements)
    {
        var expected = await Post(embedded, query);
        using var client = onNeo4j.CreateClient();
        await Post(onNeo4j, query, client); // the first request also reads the graph's version
        log.Clear();

        var actual = await Post(onNeo4j, query, client);

        Assert.Equal(expected, actual);
        // the API's version refresh may read GraphInfo meanwhile, in the background: not the request's
        var sent = log.Sent.Where(s => s.Text != Statements.GraphInfo().Text).ToList();
        Assert.True(sent.Count <= statements, $"{name}: {sent.Count} statements:\n{string.Join("\n---\n", sent.Select(s => s.Text))}");
        Assert.All(log.Sent, s => Assert.Equal("READ", s.Mode));
    }

    [Fact]
    public async Task A_prefetched_list_holds_what_the_embedded_store_answers_level_by_level()
    {
        var neo4j = new Neo4jGraphStore(server.Client());
        var query = new EntityQuery { Kind = EntityKind.Meeting, First = 50 };

        var (page, prefetched) = await neo4j.ListWithPrefetchAsync(query, Store.PrefetchStatementTests.ThreeLevels, Token);

        Assert.Equal((await Embedded.ListEntitiesAsync(query, Token)).Items.Select(e => e.Id), page.Items.Select(e => e.Id));
        Assert.Equal(5, prefetched.Relations.Count);
        foreach (var (relationQuery, lists) in prefetched.Relations)
        {
            var expected = await Embedded.GetRelationsAsync(lists.Keys, relationQuery, Token);
            foreach (var (id, relations) in lists)
                Assert.Equal(expected[id].Select(r => r.Id), relations.Select(r => r.Id));
        }
        Assert.NotEmpty(prefetched.Relations[3].Lists); // the third level was reached
        var entities = await Embedded.GetEntitiesAsync(prefetched.Entities.Keys, Token);
        Assert.All(prefetched.Entities, p => Assert.Equal(JsonSerializer.Serialize(entities[p.Key]), JsonSerializer.Serialize(p.Value)));
    }

    [Theory]
    [InlineData("Ministry of International Trade")]
    [InlineData("mi")]
    [InlineData("e")]
    [InlineData("trade ministry")]
    [InlineData("covid19")]
    [InlineData("ovid-1")]
    [InlineData("C++ (AND) \"x\" OR y:z* \\")]
    [InlineData("APEC")]
    public async Task Search_through_the_full_text_index_ranks_as_the_embedded_store(string text)
    {
        var neo4j = new Neo4jGraphStore(server.Client());
        var query = new SearchQuery(text, First: 50);

        var expected = await Embedded.SearchAsync(query, Token);
        var actual = await neo4j.SearchAsync(query, Token);

        Assert.Equal(expected.Select(h => (h.Entity.Id, h.Score, h.MatchedName)), actual.Select(h => (h.Entity.Id, h.Score, h.MatchedName)));
    }

    private static async Task<string> Post(WebApplicationFactory<Program> api, string query, HttpClient? client = null)
    {
        using var own = client is null ? api.CreateClient() : null;
        using var response = await (client ?? own!).PostAsJsonAsync("/graphql", new { query }, Token);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetRawText();
    }

    private static string BenchQuery(string name, [System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "bench", "queries", name + ".json")))
            .RootElement.GetProperty("query").GetString()!;
}
