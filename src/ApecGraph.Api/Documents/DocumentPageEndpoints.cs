using ApecGraph.Core.Store;

namespace ApecGraph.Api.Documents;

/// <summary>The document pages: <c>GET /documents/{id}</c>, a source text with every quoted passage highlighted and
/// linked to the facts it supports (server-rendered from the graph store, so the same on every store).</summary>
public static class DocumentPageEndpoints
{
    public const string PathPrefix = "/documents/";

    public static WebApplication MapDocumentPages(this WebApplication app)
    {
        app.MapMethods(PathPrefix + "{*id}", ["GET", "HEAD"], Serve).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Serve(HttpContext context, string? id, IGraphStore store, CancellationToken cancellationToken)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        context.Response.Headers.CacheControl = "no-cache";
        // Only this page's inline styles; no script, no other origin.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (!DocumentIds.IsWellFormed(id))
            return Page(400, DocumentErrorPage.Html(pathBase, "Malformed document id",
                $"“{DocumentIds.Shown(id)}” is not a document id. Document ids look like document:miti-vesom-2020."));
        try
        {
            var data = await DocumentPageData.LoadAsync(store, id!, cancellationToken);
            return data is null
                ? Page(404, DocumentErrorPage.Html(pathBase, "No such document", $"The graph has no document with the id “{id}”."))
                : Page(200, DocumentPageHtml.Render(data, pathBase));
        }
        catch (GraphStoreUnavailableException)
        {
            return Page(503, DocumentErrorPage.Html(pathBase, "Graph store unavailable", "The graph store does not answer just now; try again shortly."));
        }
    }

    private static IResult Page(int status, string html) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
