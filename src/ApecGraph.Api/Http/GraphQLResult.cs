using ApecGraph.Api.Caching;
using GraphQL;

namespace ApecGraph.Api.Http;

/// <summary>Writes an execution result with the status the GraphQL-over-HTTP draft asks for under its media type. A
/// complete answer to a GET (no errors) is also an HTTP resource, written as a <see cref="CompleteAnswer"/>: with a
/// strong <c>ETag</c>, <c>Cache-Control</c> and <c>Vary: Accept</c>, and 304 without a body when <c>If-None-Match</c>
/// matches.</summary>
public sealed class GraphQLResult(ExecutionResult result, string mediaType, IGraphQLSerializer serializer, string? cacheControl = null) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        if (cacheControl is null || !HttpMethods.IsGet(context.Request.Method) || result.Errors is { Count: > 0 } || !result.Executed)
        {
            context.Response.StatusCode = MediaTypes.StatusFor(result, mediaType);
            context.Response.ContentType = mediaType + "; charset=utf-8";
            await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
            return;
        }
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted);
        await CompleteAnswer.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).WriteAsync(context, mediaType, cacheControl);
    }
}
