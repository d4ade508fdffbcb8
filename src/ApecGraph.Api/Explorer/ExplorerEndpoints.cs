namespace ApecGraph.Api.Explorer;

/// <summary>The graph explorer at <c>/explore</c> and its assets; it reads the graph through <c>POST /graphql</c> only.</summary>
public static class ExplorerEndpoints
{
    public static WebApplication MapExplorer(this WebApplication app)
    {
        app.MapGet("/explore", (HttpContext context) => ExplorerPage.Render(context)).ExcludeFromDescription();
        app.MapMethods(ExplorerAssets.UrlPrefix + "{file}", ["GET", "HEAD"],
            (HttpContext context, string file) => ExplorerAssets.Serve(context, file)).ExcludeFromDescription();
        return app;
    }
}
