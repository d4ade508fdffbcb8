using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ApecGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Http;

/// <summary>The endpoint against the GraphQL-over-HTTP draft: methods, media types, status codes, error codes.</summary>
[Collection(SharedApi.Name)]
public sealed class GraphQLOverHttpTests(RepositoryApi api)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    [Fact]
    public async Task Get_with_a_query_answers_in_json_by_default()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ economies(first: 1) { totalCount } }"));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.True(response.Data.GetProperty("economies").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Get_with_variables_and_operation_name()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query A($id: ID!) { entity(id: $id) { id } } query B { economies { totalCount } }")
                  + "&operationName=A&variables=" + Uri.EscapeDataString("""{"id":"economy:malaysia"}""");
        var response = await SendAsync(HttpMethod.Get, url);

        Assert.Equal(200, response.Status);
        Assert.Equal("economy:malaysia", response.Data.GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_answers_in_graphql_response_json_when_asked_for()
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ economies { totalCount } }"}""", accept: GraphQLResponseJson);

        Assert.Equal(200, response.Status);
        Assert.Equal(GraphQLResponseJson, response.ContentType);
    }

    public static TheoryData<string, string> DocumentsThatCannotRun => new()
    {
        { """{"query":"{ economies { "}""", "SYNTAX_ERROR" },
        { """{"query":"{ economies { noSuchField } }"}""", "FIELDS_ON_CORRECT_TYPE" },
        { """{"query":"query($n: Int!) { economies(first: $n) { totalCount } }","variables":{"n":"ten"}}""", "INVALID_VALUE" },
        { """{"query":"query A { economies { totalCount } }","operationName":"B"}""", "INVALID_OPERATION" },
        { """{"query":"mutation { x }"}""", "OPERATION_NOT_SUPPORTED" },
        { """{"query":"subscription { x }"}""", "OPERATION_NOT_SUPPORTED" },
    };

    // The draft: a well-formed request that fails before execution is 4xx under application/graphql-response+json;
    // under application/json (and with no Accept, which means application/json) it is 200, for legacy clients.
    // Either way the response has errors with a code and no data entry.
    [Theory]
    [MemberData(nameof(DocumentsThatCannotRun))]
    public async Task Documents_that_cannot_run_are_400_under_graphql_response_json(string body, string codePrefix)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", body, accept: GraphQLResponseJson);

        Assert.Equal(400, response.Status);
        Assert.Equal(GraphQLResponseJson, response.ContentType);
        Assert.Contains(response.ErrorCodes, c => c.StartsWith(codePrefix, StringComparison.Ordinal));
        Assert.False(response.Root.TryGetProperty("data", out _), response.Root.ToString());
    }

    [Theory]
    [MemberData(nameof(DocumentsThatCannotRun))]
    public async Task Documents_that_cannot_run_are_200_under_json(string body, string codePrefix)
    {
        foreach (var accept in new[] { "application/json", null })
        {
            var response = await SendAsync(HttpMethod.Post, "/graphql", body, accept: accept);

            Assert.Equal(200, response.Status);
            Assert.Equal("application/json", response.ContentType);
            Assert.Contains(response.ErrorCodes, c => c.StartsWith(codePrefix, StringComparison.Ordinal));
            Assert.False(response.Root.TryGetProperty("data", out _), response.Root.ToString());
        }
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData("application/json", 200)]
    [InlineData(null, 200)] // a plain POST: no Accept means application/json
    public async Task A_query_nested_deeper_than_15_levels_is_refused(string? accept, int status)
    {
        var query = "{ entity(id: \"economy:malaysia\") { " + string.Concat(Enumerable.Repeat("relations { from { ", 9)) + "id"
                    + string.Concat(Enumerable.Repeat(" } }", 9)) + " } }";
        var response = await SendAsync(HttpMethod.Post, "/graphql", System.Text.Json.JsonSerializer.Serialize(new { query }), accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(["COMPLEXITY"], response.ErrorCodes);
        Assert.False(response.Root.TryGetProperty("data", out _), response.Root.ToString());
    }

    [Theory]
    [InlineData("""{"query": """, "INVALID_JSON")]
    [InlineData("""[{"query":"{ economies { totalCount } }"}]""", "INVALID_REQUEST")]
    [InlineData("""{"query": 42}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ economies { totalCount } }","variables":"x"}""", "INVALID_REQUEST")]
    [InlineData("""{"operationName":"A"}""", "QUERY_MISSING")]
    public async Task Unreadable_requests_are_400_with_a_code(string body, string code)
    {
        // not a well-formed GraphQL-over-HTTP request: 400 under either media type
        foreach (var accept in new[] { GraphQLResponseJson, "application/json", null })
        {
            var response = await SendAsync(HttpMethod.Post, "/graphql", body, accept: accept);

            Assert.Equal(400, response.Status);
            Assert.Equal([code], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task Get_with_malformed_variables_is_400()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ economies { totalCount } }") + "&variables=%7Bnope");

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_and_says_to_post()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }"), TestContext.Current.CancellationToken);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal(["METHOD_NOT_ALLOWED"], body.ErrorCodes);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await SendAsync(HttpMethod.Put, "/graphql", """{"query":"{ economies { totalCount } }"}""");

        Assert.Equal(405, response.Status);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_without_json_content_type_is_415()
    {
        using var client = api.CreateClient();
        using var content = new StringContent("{ economies { totalCount } }", Encoding.UTF8, "text/plain");
        var response = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken));

        Assert.Equal(415, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_256_KiB_is_413_with_or_without_a_content_length(bool withLength)
    {
        var pad = new string('x', 300 * 1024);
        var body = Encoding.UTF8.GetBytes($$$"""{"query":"{ economies { totalCount } }","extensions":{"pad":"{{{pad}}}"}}""");
        // Over real Kestrel: the in-memory test server would buffer the body and supply a length.
        using var kestrel = new ApiFactory();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using HttpContent content = withLength ? new ByteArrayContent(body) : new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken));

        Assert.Equal(413, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    /// <summary>A body whose length the client cannot tell in advance, so it goes without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_406()
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ economies { totalCount } }"}""", accept: "application/xml");

        Assert.Equal(406, response.Status);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ proposals(first: 1000) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ proposals(first: -1) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("""{ proposals(after: "not-a-cursor") { totalCount } }""", "INVALID_CURSOR")]
    [InlineData("""{ search(text: "   ") { score } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ paths(from: "economy:malaysia", to: "economy:atlantis") { length } }""", "NOT_FOUND")]
    [InlineData("""{ paths(from: "economy:malaysia", to: "economy:china", maxHops: 50) { length } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ entity(id: "economy:malaysia") { relations(types: ["FRIENDS_WITH"]) { id } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ meetings(from: "May 2020") { totalCount } }""", "ARGUMENTS_OF_CORRECT_TYPE")]
    public async Task Bad_arguments_are_errors_with_a_code(string query, string codePrefix)
    {
        var response = await api.CreateClient().PostAsync(query);

        Assert.Contains(response.ErrorCodes, c => c.StartsWith(codePrefix, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", response.Root.ToString());
    }

    [Fact]
    public async Task A_browser_asking_for_graphql_gets_the_ide()
    {
        using var client = api.CreateClient(new() { AllowAutoRedirect = true });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<GraphQLResponse> SendAsync(HttpMethod method, string url, string? json = null, string? accept = null)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (accept is not null) request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }
}
