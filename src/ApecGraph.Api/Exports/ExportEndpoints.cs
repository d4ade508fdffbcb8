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
    private sealed record Format(string Path, string MediaType, string Tag, Func<HttpContext, IGraphStore, string?, Stream, CancellationToken, Task> Write);

    /// <summary>Where the JSON-LD context is published.</summary>
    public const string ContextPath = "/export/context.jsonld";

    private static readonly Format[] Formats =
    [
        new("graph.graphml", GraphMLExport.MediaType, "graphml", (_, store, version, output, ct) => GraphMLExport.WriteAsync(store, version, output, ct)),
        new(CsvExport.NodesFile, CsvExport.MediaType, "nodes-csv", (_, store, version, output, ct) => CsvExport.WriteNodesAsync(store, version, output, ct)),
        new(CsvExport.EdgesFile, CsvExport.MediaType, "edges-csv", (_, store, version, output, ct) => CsvExport.WriteEdgesAsync(store, version, output, ct)),
        new("graph.jsonld", JsonLdContext.MediaType, "jsonld", (context, store, version, output, ct) =>
            JsonLdExport.WriteAsync(store, version, BaseIri(context), new Uri(BaseIri(context), ContextPath.TrimStart('/')).ToString(), output, ct)),
    ];

    /// <summary>The API's own address (scheme, host, path base), the base of the JSON-LD IRIs.</summary>
    public static Uri BaseIri(HttpContext context) =>
        new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");

    public static WebApplication MapExports(this WebApplication app)
    {
        var options = app.Configuration.GetSection(ExportOptions.Section).Get<ExportOptions>() ?? new ExportOptions();
        if (options.Problems() is { Count: > 0 } problems)
            throw new OptionsValidationException(ExportOptions.Section, typeof(ExportOptions), problems);
        var gate = new SemaphoreSlim(options.ConcurrentExports, options.ConcurrentExports);
        app.MapGet(ContextPath, (HttpContext context) =>
            Results.Bytes(JsonLdContext.Document(BaseIri(context)), JsonLdContext.MediaType + "; charset=utf-8"));
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
            // The public text is fixed, as GraphQL's STORE_UNAVAILABLE is: the store's own message goes to the log only.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoints))
                .LogWarning(e, "Export {Path}: the graph store is unavailable", context.Request.Path);
            await new RequestError(StatusCodes.Status503ServiceUnavailable, "STORE_UNAVAILABLE", "The graph store is unavailable; try again shortly.")
                .ToResult(MediaTypes.Json, ("Retry-After", "5")).ExecuteAsync(context);
            return;
        }
        var response = context.Response;
        var etag = info is null ? null : $"\"{info.Version}-{format.Tag}\"";
        if (etag is not null && Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            Cacheable(response, etag, caching);
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        if (!await gate.WaitAsync(0, cancellationToken))
        {
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
            if (etag is not null) Cacheable(response, etag, caching);
            if (info is not null) response.Headers["X-Graph-Version"] = info.Version;
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await format.Write(context, store, info?.Version, response.Body, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Cacheable(HttpResponse response, string etag, HttpCachingOptions caching)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = caching.CacheControl;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
}
