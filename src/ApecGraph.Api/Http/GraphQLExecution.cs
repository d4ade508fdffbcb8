using System.Diagnostics;
using ApecGraph.Api.GraphQL;
using ApecGraph.Api.Limits;
using ApecGraph.Api.Telemetry;
using ApecGraph.Api.Versioning;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Http;

/// <summary>
/// Runs one GraphQL request within <see cref="RequestLimitsOptions"/>: the document's size is bounded before it is
/// parsed, its cost before it runs (in validation, see <see cref="CostModel"/>), its run time while it runs, and its
/// errors when it is answered.
/// </summary>
public sealed class GraphQLExecution(IDocumentExecuter<ApecSchema> executer, IGraphQLSerializer serializer, IOptions<RequestLimitsOptions> options)
{
    private readonly RequestLimitsOptions limits = options.Value;

    public async Task<IResult> ExecuteAsync(HttpContext context, GraphQLRequest request, string mediaType, bool isGet)
    {
        if (string.IsNullOrWhiteSpace(request.Query)) return RequestError.Missing().ToResult(mediaType);
        if (DocumentLimits.Check(request.Query, limits) is { } limit) return Refused(context, limit, mediaType);

        GraphQLDocument? document;
        try
        {
            document = Parser.Parse(request.Query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxNesting * 4 });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refused(context, new LimitError("nesting", limits.MaxNesting), mediaType);
        }
        catch (GraphQLParserException)
        {
            document = null; // the executer reports the syntax error, with its location
        }
        if (document is not null && DocumentLimits.Check(document, limits) is { } parsedLimit) return Refused(context, parsedLimit, mediaType);
        if (document is not null && OperationOf(document, request.OperationName) is OperationType.Mutation or OperationType.Subscription)
            return isGet
                ? new RequestError(405, "METHOD_NOT_ALLOWED", "Mutations and subscriptions are not allowed over GET: use POST.").ToResult(mediaType, ("Allow", "POST"))
                : new RequestError(MediaTypes.StatusOf(mediaType, executed: false), "OPERATION_NOT_SUPPORTED", "This API is read-only: it has no mutations or subscriptions.").ToResult(mediaType);

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
            Timeout = limits.Timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
        var cost = context.RequestServices.GetRequiredService<RequestCost>();
        ApiTelemetry.RecordExecution(activity, Stopwatch.GetElapsedTime(started), cost.Estimated ?? 0, cost.StoreCalls, Outcome(result));
        ResponseErrors.Cap(result, limits.MaxErrors);
        if (WantsCost(request.Extensions))
            (result.Extensions ??= [])["cost"] = cost.Report(limits.MaxCost);
        GraphVersionSource.AddTo(result, context.RequestServices);
        return new GraphQLResult(result, mediaType, serializer);
    }

    private IResult Refused(HttpContext context, LimitError limit, string mediaType)
    {
        var error = new ExecutionError(limit.Message)
        {
            Code = LimitError.Code,
            Extensions = new() { ["limit"] = limit.Limit, ["maximum"] = limit.Maximum },
        };
        var result = new ExecutionResult(error) { Executed = false };
        GraphVersionSource.AddTo(result, context.RequestServices);
        return new GraphQLResult(result, mediaType, serializer);
    }

    private static string Outcome(ExecutionResult result) => result.Errors switch
    {
        { Count: > 0 } errors when errors.Any(e => e is TimeoutError) => "timeout",
        { Count: > 0 } errors when errors.Any(e => e is CostLimitError) => "cost_limit",
        _ when !result.Executed => "rejected",
        { Count: > 0 } => "error",
        _ => "ok",
    };

    /// <summary>A client asks for the cost of its answer with <c>"extensions": {"cost": true}</c>.</summary>
    private static bool WantsCost(Inputs? extensions) =>
        extensions?.TryGetValue("cost", out var value) == true && value is true;

    // As the executer chooses: an empty operationName is no name.
    private static OperationType? OperationOf(GraphQLDocument document, string? operationName) =>
        document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => string.IsNullOrEmpty(operationName) || o.Name?.StringValue == operationName)?.Operation;
}
