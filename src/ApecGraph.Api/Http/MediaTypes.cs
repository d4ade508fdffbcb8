using Microsoft.Net.Http.Headers;

namespace ApecGraph.Api.Http;

/// <summary>Content negotiation per the GraphQL-over-HTTP draft.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response media type for an Accept header, or null when none is acceptable (406).
    /// No Accept header means application/json, as the draft asks for legacy clients.</summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0) return Json;
        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (range.Quality == 0) continue;
            var type = range.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*") return Json;
        }
        return null;
    }

    /// <summary>The HTTP status of a GraphQL response, per the draft. A request that executed (the response has
    /// <c>data</c>, even null) is 200. A well-formed request that failed before execution (syntax, validation,
    /// variable coercion, no operation to run) is 400 under application/graphql-response+json, but 200 under
    /// application/json, for legacy clients (to them a 4xx could as well come from a proxy).</summary>
    public static int StatusOf(string mediaType, bool executed) =>
        executed || !string.Equals(mediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? 200 : 400;

    /// <summary>A browser asking for a page: text/html ranked above any JSON type.</summary>
    public static bool WantsHtml(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is null or > 0);

    /// <summary>The status of an answer: <see cref="StatusOf"/>, except that under graphql-response+json a request that ran
    /// out of time without data is 504 (the draft: a response without data is never 2xx there).</summary>
    public static int StatusFor(global::GraphQL.ExecutionResult result, string mediaType) =>
        result.Data is null && string.Equals(mediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase)
            && result.Errors?.Any(e => e is global::GraphQL.Execution.TimeoutError) == true
            ? StatusCodes.Status504GatewayTimeout
            : StatusOf(mediaType, result.Executed);
}
