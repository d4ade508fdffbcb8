using GraphQL;

namespace ApecGraph.Api.Http;

/// <summary>Writes an execution result with the status the GraphQL-over-HTTP draft asks for under its media type.</summary>
public sealed class GraphQLResult(ExecutionResult result, string mediaType, IGraphQLSerializer serializer) : IResult
{
    public Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = MediaTypes.StatusFor(result, mediaType);
        context.Response.ContentType = mediaType + "; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
