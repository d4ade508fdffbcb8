using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Http;

/// <summary>Automatic persisted queries as Apollo clients send them, over GET and POST.</summary>
public sealed class PersistedQueryTests
{
    private const string Query = "{ economies { totalCount } }";

    [Fact]
    public async Task An_unknown_hash_is_not_found_then_the_query_with_its_hash_registers_it_for_gets_by_hash()
    {
        CountingStore? store = null;
        // The response cache off, so that the answer by hash is made from the registered query, not the cached answer.
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner),
            settings: new Dictionary<string, string> { ["ResponseCache:Enabled"] = "false" });
        using var client = api.CreateClient();

        var unknown = await Get(client, extensions: Persisted(Hash(Query)));
        var registering = await Get(client, Query, Persisted(Hash(Query)));
        store!.Reset();
        var byHash = await Get(client, extensions: Persisted(Hash(Query)));

        Assert.Equal(200, unknown.Status);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], unknown.ErrorCodes);
        Assert.Equal("PersistedQueryNotFound", unknown.Errors!.Value[0].GetProperty("message").GetString());
        Assert.Null(registering.Errors);
        Assert.Null(byHash.Errors);
        Assert.Equal(9, byHash.Data.GetProperty("economies").GetProperty("totalCount").GetInt32());
        Assert.NotEmpty(store.Calls); // answered by executing the registered query
    }

    [Fact]
    public async Task Posts_register_and_answer_by_hash_too()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();

        var registering = await Post(client, new { query = Query, extensions = new { persistedQuery = new { version = 1, sha256Hash = Hash(Query) } } });
        var byHash = await Post(client, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = Hash(Query) } } });

        Assert.Null(registering.Errors);
        Assert.Equal(9, byHash.Data.GetProperty("economies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused_and_registers_nothing()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var other = Hash("{ __typename }");

        var mismatch = await Post(client, new { query = Query, extensions = new { persistedQuery = new { version = 1, sha256Hash = other } } });
        var byHash = await Post(client, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = other } } });

        Assert.Equal(400, mismatch.Status);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], mismatch.ErrorCodes);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], byHash.ErrorCodes);
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"00"}}""")]
    [InlineData("""{"persistedQuery":{"version":{"a":1},"sha256Hash":"x"}}""")]
    [InlineData("""{"persistedQuery":"abc"}""")]
    public async Task A_malformed_persisted_query_is_a_coded_400(string extensions)
    {
        using var api = new ApiFactory();

        var response = await Get(api.CreateClient(), extensions: extensions);

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static string Persisted(string hash) => JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });

    private static async Task<GraphQLResponse> Get(HttpClient client, string? query = null, string? extensions = null)
    {
        var url = "/graphql?" + string.Join("&", new[] { ("query", query), ("extensions", extensions) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        using var answer = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(answer);
    }

    private static async Task<GraphQLResponse> Post(HttpClient client, object body)
    {
        using var answer = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(answer);
    }
}
