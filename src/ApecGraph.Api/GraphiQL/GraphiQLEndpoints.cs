namespace ApecGraph.Api.GraphiQL;

/// <summary>The GraphiQL IDE at <c>/graphiql</c> and its npm-installed assets.</summary>
public static class GraphiQLEndpoints
{
    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        app.MapGet("/graphiql", (HttpContext context) => GraphiQLPage.Render(context)).ExcludeFromDescription();
        app.MapMethods(GraphiQLAssets.UrlPrefix + "{file}", ["GET", "HEAD"],
            (HttpContext context, string file) => GraphiQLAssets.Serve(context, file)).ExcludeFromDescription();
        return app;
    }
}
