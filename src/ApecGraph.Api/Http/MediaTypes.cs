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

    /// <summary>A browser asking for a page: text/html ranked above any JSON type.</summary>
    public static bool WantsHtml(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is null or > 0);

    /// <summary>
    /// The status of a GraphQL answer: under <c>application/json</c> 200 for every well-formed request (legacy clients read
    /// the errors); under <c>application/graphql-response+json</c> 400 for a request that could not run (syntax, validation,
    /// variables, limits), 504 when it ran out of time without data, 200 otherwise.
    /// </summary>
    public static int StatusFor(global::GraphQL.ExecutionResult result, string mediaType)
    {
        if (!string.Equals(mediaType, GraphQLResponse, StringComparison.Ordinal)) return StatusCodes.Status200OK;
        if (result.Data is null && result.Errors?.Any(e => e is global::GraphQL.Execution.TimeoutError) == true)
            return StatusCodes.Status504GatewayTimeout;
        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
