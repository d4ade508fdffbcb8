using System.Net.Http.Json;
using System.Text.Json;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a researcher's client would, and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<GraphQLResponse> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>Posts and fails the test on any GraphQL error; returns <c>data</c>.</summary>
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors}");
        Assert.Equal(200, response.Status);
        return response.Data;
    }
}

public sealed record GraphQLResponse(int Status, string? ContentType, JsonElement Root)
{
    public JsonElement Data => Root.GetProperty("data");

    public JsonElement? Errors => Root.TryGetProperty("errors", out var e) ? e : null;

    /// <summary>The <c>extensions.code</c> of every error (each must have one).</summary>
    public IReadOnlyList<string> ErrorCodes =>
        [.. Errors?.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!) ?? []];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(body).RootElement.Clone());
    }
}
