using System.Security.Cryptography;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace ApecGraph.Api.Http;

/// <summary>Writes an execution result with the status the GraphQL-over-HTTP draft asks for under its media type. A
/// complete answer to a GET (no errors) is also an HTTP resource: it carries a strong <c>ETag</c> (a hash of its bytes,
/// so it changes with the answer and with the graph version the answer states), <c>Cache-Control</c> and
/// <c>Vary: Accept</c>, and an <c>If-None-Match</c> that matches gets <c>304 Not Modified</c> without a body.</summary>
public sealed class GraphQLResult(ExecutionResult result, string mediaType, IGraphQLSerializer serializer, string? cacheControl = null) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = MediaTypes.StatusFor(result, mediaType);
        context.Response.ContentType = mediaType + "; charset=utf-8";
        if (cacheControl is null || !HttpMethods.IsGet(context.Request.Method) || result.Errors is { Count: > 0 } || !result.Executed)
        {
            await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
            return;
        }
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        context.Response.Headers.CacheControl = cacheControl;
        context.Response.Headers.Vary = "Accept";
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.ContentType = null;
            return;
        }
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
