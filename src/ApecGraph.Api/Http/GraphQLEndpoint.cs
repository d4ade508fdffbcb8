using System.Diagnostics;
using ApecGraph.Api.GraphiQL;
using ApecGraph.Api.GraphQL;
using ApecGraph.Api.Telemetry;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http.Headers;

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
        app.MapMethods(Path, ["PUT", "PATCH", "DELETE"], (HttpContext context) =>
            new RequestError(405, "METHOD_NOT_ALLOWED", "Use GET for queries or POST with a JSON body.")
                .ToResult(MediaTypes.Json, ("Allow", "GET, POST")));
        return app;
    }

    private static Task<IResult> HandleGetAsync(HttpContext context, GraphQLRequestReader reader, IDocumentExecuter<ApecSchema> executer, IGraphQLSerializer serializer)
    {
        var headers = context.Request.GetTypedHeaders();
        if (!context.Request.Query.ContainsKey("query") && MediaTypes.WantsHtml(headers.Accept))
            return Task.FromResult(GraphiQLPage.Render(context));
        var (request, error) = reader.FromQueryString(context.Request.Query);
        return ExecuteAsync(context, request, error, isGet: true, executer, serializer);
    }

    private static async Task<IResult> HandlePostAsync(HttpContext context, GraphQLRequestReader reader, IDocumentExecuter<ApecSchema> executer, IGraphQLSerializer serializer)
    {
        var contentType = context.Request.GetTypedHeaders().ContentType;
        if (contentType is null || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return new RequestError(415, "UNSUPPORTED_MEDIA_TYPE", "POST a JSON body with Content-Type: application/json.")
                .ToResult(MediaTypes.Json);
        var (request, error) = await reader.FromBodyAsync(context.Request, context.RequestAborted);
        return await ExecuteAsync(context, request, error, isGet: false, executer, serializer);
    }

    private static async Task<IResult> ExecuteAsync(HttpContext context, GraphQLRequest? request, RequestError? error, bool isGet,
        IDocumentExecuter<ApecSchema> executer, IGraphQLSerializer serializer)
    {
        if (MediaTypes.Negotiate(context.Request.GetTypedHeaders().Accept) is not { } mediaType)
            return new RequestError(406, "NOT_ACCEPTABLE", $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.").ToResult(MediaTypes.Json);
        if (error is not null) return error.ToResult(mediaType);
        if (string.IsNullOrWhiteSpace(request?.Query)) return RequestError.Missing().ToResult(mediaType);

        var document = TryParse(request.Query);
        if (document is not null && OperationOf(document, request.OperationName) is OperationType.Mutation or OperationType.Subscription)
            return isGet
                ? new RequestError(405, "METHOD_NOT_ALLOWED", "Mutations and subscriptions are not allowed over GET: use POST.").ToResult(mediaType, ("Allow", "POST"))
                : new RequestError(400, "OPERATION_NOT_SUPPORTED", "This API is read-only: it has no mutations or subscriptions.").ToResult(mediaType);

        var (activity, started) = (ApiTelemetry.StartExecution(request.OperationName), Stopwatch.GetTimestamp());
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });
        ApiTelemetry.RecordExecution(activity, Stopwatch.GetElapsedTime(started), estimatedCost: 0, storeCalls: 0, !result.Executed ? "rejected" : result.Errors is { Count: > 0 } ? "error" : "ok");
        return new GraphQLResult(result, mediaType, serializer);
    }

    // Parsed here to tell a GET mutation apart; a syntax error is left for the executer to report.
    private static GraphQLDocument? TryParse(string query)
    {
        try { return Parser.Parse(query); }
        catch (GraphQLParserException) { return null; }
    }

    private static OperationType? OperationOf(GraphQLDocument document, string? operationName) =>
        document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName is null || o.Name?.StringValue == operationName)?.Operation;

    private sealed class GraphQLResult(ExecutionResult result, string mediaType, IGraphQLSerializer serializer) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            // A request that never executed (syntax or validation errors) is a bad request.
            context.Response.StatusCode = result.Executed ? 200 : 400;
            context.Response.ContentType = mediaType + "; charset=utf-8";
            return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
        }
    }
}
