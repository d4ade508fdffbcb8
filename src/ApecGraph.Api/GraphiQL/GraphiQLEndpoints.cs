namespace ApecGraph.Api.GraphiQL;

public static class GraphiQLEndpoints
{
    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        app.MapGet("/graphiql", () => Results.Text("TODO", "text/html"));
        return app;
    }
}
