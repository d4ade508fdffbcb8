using System.Globalization;
using ApecGraph.Api.Http;
using ApecGraph.Core.Export;
using ApecGraph.Core.Store;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ApecGraph.Api.Exports;

/// <summary>
/// <c>GET /export/...</c>: the whole graph in a file format, streamed to the response as the store is read. Each answer
/// has a strong <c>ETag</c> of the graph version and the format and honours <c>If-None-Match</c> (304 without reading
/// the graph); at most <see cref="ExportOptions.ConcurrentExports"/> are written at once (then 429 <c>EXPORT_BUSY</c>),
/// besides the per-client rate limits every request has.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>A format: its path under <c>/export/</c>, media type, the name its ETag carries, and its writer.</summary>
    private sealed record Format(string Path, string MediaType, string Tag, Func<IGraphStore, string?, Stream, CancellationToken, Task> Write);

    private static readonly Format[] Formats =
    [
        new("graph.graphml", GraphMLExport.MediaType, "graphml", GraphMLExport.WriteAsync),
    ];

    public static WebApplication MapExports(this WebApplication app)
    {
        var options = app.Configuration.GetSection(ExportOptions.Section).Get<ExportOptions>() ?? new ExportOptions();
        if (options.Problems() is { Count: > 0 } problems)
            throw new OptionsValidationException(ExportOptions.Section, typeof(ExportOptions), problems);
        var gate = new SemaphoreSlim(options.ConcurrentExports, options.ConcurrentExports);
        foreach (var format in Formats)
            app.MapGet("/export/" + format.Path, (HttpContext context, IGraphStore store, IOptions<HttpCachingOptions> caching) =>
                ExportAsync(context, store, format, gate, options, caching.Value));
        return app;
    }

    private static async Task ExportAsync(HttpContext context, IGraphStore store, Format format, SemaphoreSlim gate,
        ExportOptions options, HttpCachingOptions caching)
    {
        var cancellationToken = context.RequestAborted;
        GraphInfo? info;
        try
        {
            info = await store.GetGraphInfoAsync(cancellationToken);
        }
        catch (GraphStoreUnavailableException e)
        {
            await new RequestError(StatusCodes.Status503ServiceUnavailable, "STORE_UNAVAILABLE", $"The graph store cannot be read: {e.Message}")
                .ToResult(MediaTypes.Json, ("Retry-After", "5")).ExecuteAsync(context);
            return;
        }
        var response = context.Response;
        if (info is not null)
        {
            var etag = $"\"{info.Version}-{format.Tag}\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = caching.CacheControl;
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        if (!await gate.WaitAsync(0, cancellationToken))
        {
            response.Headers.Remove(HeaderNames.ETag);
            var seconds = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await new RequestError(StatusCodes.Status429TooManyRequests, "EXPORT_BUSY",
                    $"The server is writing {options.ConcurrentExports} exports already; retry in {seconds} s.")
                .ToResult(MediaTypes.Json, ("Retry-After", seconds)).ExecuteAsync(context);
            return;
        }
        try
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = format.MediaType + "; charset=utf-8";
            if (info is not null) response.Headers["X-Graph-Version"] = info.Version;
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await format.Write(store, info?.Version, response.Body, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
}
