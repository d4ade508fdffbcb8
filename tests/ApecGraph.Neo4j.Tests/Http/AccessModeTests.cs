using System.Net;
using System.Text;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Http;

/// <summary>Reads go out labelled READ (the <c>access-mode</c> header of the transactional endpoint), so that a cluster can
/// route them to a secondary; writes (the import, explicit transactions) stay WRITE.</summary>
public sealed class AccessModeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_store_read_is_sent_in_read_mode()
    {
        var handler = new Recording();
        var store = new Neo4jGraphStore(Client(handler));

        await store.GetEntitiesAsync(["economy:chile"], Token);
        await store.GetRelationsAsync(["economy:chile"], Core.Store.RelationQuery.All, Token);
        await store.SearchAsync(new Core.Store.SearchQuery("chile"), Token);
        await store.GetDocumentTextsAsync(["document:x"], Token);

        Assert.Equal(4, handler.Modes.Count);
        Assert.All(handler.Modes, mode => Assert.Equal("READ", mode));
    }

    [Fact]
    public async Task Writes_and_explicit_transactions_are_sent_in_write_mode()
    {
        var handler = new Recording();
        var client = Client(handler);

        await client.RunAsync([new CypherStatement("CREATE (n:Probe) RETURN n")], Token);
        try { await client.BeginAsync(Token); } catch (Neo4jResponseException) { /* no Location header here: the request was sent */ }

        Assert.Equal(["WRITE", "WRITE"], handler.Modes);
    }

    private static Neo4jHttpClient Client(HttpMessageHandler handler) =>
        Neo4jHttpClient.Create(ReplayServer.Options(new Uri("http://127.0.0.1:7474")), handler);

    // Answers every request with one empty result per statement, keeping the access-mode header each carried.
    private sealed class Recording : HttpMessageHandler
    {
        public List<string?> Modes { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Modes.Add(request.Headers.TryGetValues(Neo4jHttpClient.AccessModeHeader, out var values) ? string.Join(",", values) : null);
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            var statements = body.Length == 0 ? 0 : System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("statements").GetArrayLength();
            var results = string.Join(",", Enumerable.Repeat("""{"columns":[],"data":[]}""", statements));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"results":[{{results}}],"errors":[]}""", Encoding.UTF8, "application/json") };
        }
    }
}
