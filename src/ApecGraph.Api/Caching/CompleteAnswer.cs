using System.Security.Cryptography;
using ApecGraph.Api.Http;
using Microsoft.Net.Http.Headers;

namespace ApecGraph.Api.Caching;

/// <summary>
/// The bytes of a complete answer (executed, no errors) and their strong <c>ETag</c>, as the response cache keeps them
/// and as a GET sends them: with <c>ETag</c>, <c>Cache-Control</c> and <c>Vary: Accept</c>, or 304 without a body when
/// the client's <c>If-None-Match</c> matches. Public with a constructor of its properties so that the cache's Redis
/// tier can serialise it.
/// </summary>
/// <param name="Body">The answer's JSON, UTF-8 (read from Redis: a slice of the entry's bytes, not a copy).</param>
/// <param name="ETag">A quoted hash of <paramref name="Body"/> (so it changes with the answer and with the graph version the answer states).</param>
public sealed record CompleteAnswer(ReadOnlyMemory<byte> Body, string ETag)
{
    public static CompleteAnswer Of(ReadOnlySpan<byte> body) =>
        new(body.ToArray(), $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");

    /// <summary>A 200 under <paramref name="mediaType"/> (a complete answer has that status under either media type).</summary>
    public Task WriteAsync(HttpContext context, string mediaType, string? cacheControl)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        if (cacheControl is not null && HttpMethods.IsGet(context.Request.Method))
        {
            response.Headers.ETag = ETag;
            response.Headers.CacheControl = cacheControl;
            response.Headers.Vary = "Accept";
            if (Matches(context.Request.Headers.IfNoneMatch))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, context.RequestAborted).AsTask();
    }

    private bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch)
    {
        if (ifNoneMatch.Count == 0) return false;
        var tag = new EntityTagHeaderValue(ETag);
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Compare(tag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));
    }
}

/// <summary>An <see cref="IResult"/> of a <see cref="CompleteAnswer"/>.</summary>
public sealed class CompleteAnswerResult(CompleteAnswer answer, string mediaType, string? cacheControl) : IResult
{
    public Task ExecuteAsync(HttpContext context) => answer.WriteAsync(context, mediaType, cacheControl);
}
