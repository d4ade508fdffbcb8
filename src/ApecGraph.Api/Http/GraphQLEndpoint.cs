using ApecGraph.Api.GraphiQL;
using ApecGraph.Api.GraphQL;

namespace ApecGraph.Api.Http;

/// <summary>GraphQL over HTTP (the GraphQL-over-HTTP draft): GET for queries, POST with a JSON body.</summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        // Build and check the schema now, so that a broken schema stops the start, not the first request.
        app.Services.GetRequiredService<ApecSchema>().Initialize();
        app.MapGet(Path, HandleGetAsync).ExcludeFromDescription();
        app.MapPost(Path, HandlePostAsync).ExcludeFromDescription();
        // Any other method (PUT, DELETE, TRACE, PROPFIND, FOO, ...): the routing's own 405 would have no GraphQL body.
        app.Map(Path, () => new RequestError(405, "METHOD_NOT_ALLOWED", "Use GET for queries or POST with a JSON body.")
                .ToResult(MediaTypes.Json, ("Allow", "GET, POST"))).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleGetAsync(HttpContext context, GraphQLRequestReader reader, GraphQLExecution execution)
    {
        var headers = context.Request.GetTypedHeaders();
        if (!context.Request.Query.ContainsKey("query") && MediaTypes.WantsHtml(headers.Accept))
            return GraphiQLPage.Render(context);
        if (MediaTypes.Negotiate(headers.Accept) is not { } mediaType) return NotAcceptable();
        var (request, error) = reader.FromQueryString(context.Request);
        return error?.ToResult(mediaType) ?? await execution.ExecuteAsync(context, request!, mediaType, isGet: true);
    }

    private static async Task<IResult> HandlePostAsync(HttpContext context, GraphQLRequestReader reader, GraphQLExecution execution)
    {
        var headers = context.Request.GetTypedHeaders();
        if (headers.ContentType is not { } contentType || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return new RequestError(415, "UNSUPPORTED_MEDIA_TYPE", "POST a JSON body with Content-Type: application/json.")
                .ToResult(MediaTypes.Json);
        if (MediaTypes.Negotiate(headers.Accept) is not { } mediaType) return NotAcceptable();
        var (request, error) = await reader.FromBodyAsync(context.Request, context.RequestAborted);
        return error?.ToResult(mediaType) ?? await execution.ExecuteAsync(context, request!, mediaType, isGet: false);
    }

    private static IResult NotAcceptable() =>
        new RequestError(406, "NOT_ACCEPTABLE", $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.").ToResult(MediaTypes.Json);
}
