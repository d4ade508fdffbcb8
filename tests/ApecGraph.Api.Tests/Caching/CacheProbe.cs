using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ApecGraph.Api.Tests.Caching;

/// <summary>Raw requests and the response cache's counters on <c>/health</c>, as the cache tests need them: the bytes of
/// an answer, not its parse, so that a hit can be compared with its miss byte for byte.</summary>
public static class CacheProbe
{
    public sealed record Answer(int Status, byte[] Body, EntityTagHeaderValue? ETag)
    {
        public string Text => Encoding.UTF8.GetString(Body);

        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    public static async Task<Answer> PostRawAsync(this HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        return new((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), response.Headers.ETag);
    }

    public static Task<Answer> PostQueryAsync(this HttpClient client, string query, object? variables = null) =>
        client.PostRawAsync(JsonSerializer.Serialize(new { query, variables }));

    public static async Task<Answer> GetRawAsync(this HttpClient client, string pathAndQuery, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return new((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), response.Headers.ETag);
    }

    /// <summary>The <c>data</c> of the response cache's check on <c>/health</c>.</summary>
    public static async Task<JsonElement> CacheHealthAsync(this HttpClient client)
    {
        var health = JsonDocument.Parse(await client.GetStringAsync("/health", TestContext.Current.CancellationToken)).RootElement;
        return health.GetProperty("checks").GetProperty("response-cache").GetProperty("data");
    }

    public static long Counter(this JsonElement data, string name) => data.GetProperty(name).GetInt64();

    /// <summary>Polls until <paramref name="condition"/> holds or 10 s pass (a Redis write is made in the background).</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        return true;
    }
}
