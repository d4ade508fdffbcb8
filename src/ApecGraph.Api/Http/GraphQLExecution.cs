using System.Diagnostics;
using ApecGraph.Api.Caching;
using ApecGraph.Api.GraphQL;
using ApecGraph.Api.Limits;
using ApecGraph.Api.Telemetry;
using ApecGraph.Api.Versioning;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Http;

/// <summary>
/// Runs one GraphQL request within <see cref="RequestLimitsOptions"/>: the document's size is bounded before it is
/// parsed (by <see cref="PreparedDocuments"/>, which keeps the documents that pass), its cost before it runs (in
/// validation, see <see cref="CostModel"/>), its run time while it runs, and its errors when it is answered.
/// </summary>
public sealed class GraphQLExecution(IDocumentExecuter<ApecSchema> executer, IGraphQLSerializer serializer,
    IOptions<RequestLimitsOptions> options, IOptions<HttpCachingOptions> caching, PersistedQueries persisted, PreparedDocuments documents,
    ResponseCache answers, GraphVersionSource versions, CostAnalysis costs)
{
    private readonly RequestLimitsOptions limits = options.Value;
    private readonly string cacheControl = caching.Value.CacheControl;

    public async Task<IResult> ExecuteAsync(HttpContext context, GraphQLRequest request, string mediaType, bool isGet)
    {
        var (hash, malformed) = PersistedQueries.HashOf(request.Extensions);
        if (malformed is not null) return malformed.ToResult(mediaType);
        if (hash is not null && string.IsNullOrEmpty(request.Query))
        {
            // Apollo's link asks by hash first; not found, it sends the query with the hash (registered below).
            if (await persisted.FindAsync(hash, context.RequestAborted) is not { } known) return PersistedQueryNotFound(context, mediaType);
            request.Query = known;
        }
        else if (hash is not null && !string.IsNullOrEmpty(request.Query) && !PersistedQueries.Matches(hash, request.Query))
            return new RequestError(400, PersistedQueries.HashMismatch, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.").ToResult(mediaType);
        if (string.IsNullOrWhiteSpace(request.Query)) return RequestError.Missing().ToResult(mediaType);
        var prepared = documents.Prepare(request.Query, request.OperationName);
        if (prepared.Refusal is { } limit) return Refused(context, limit, mediaType);
        if (hash is not null) await persisted.RegisterAsync(hash, request.Query, context.RequestAborted);
        if (prepared.Operation is OperationType.Mutation or OperationType.Subscription)
            return isGet
                ? new RequestError(405, "METHOD_NOT_ALLOWED", "Mutations and subscriptions are not allowed over GET: use POST.").ToResult(mediaType, ("Allow", "POST"))
                : new RequestError(MediaTypes.StatusOf(mediaType, executed: false), "OPERATION_NOT_SUPPORTED", "This API is read-only: it has no mutations or subscriptions.").ToResult(mediaType);

        if (AnswerKey(request, prepared) is { } key)
        {
            ExecutionResult? incomplete = null;
            var (answer, hit) = await answers.GetOrExecuteAsync(key, async cancellationToken =>
            {
                var result = await RunAsync(context, request, prepared, cancellationToken);
                if (IsComplete(result)) return await CompleteAnswerOf(result, cancellationToken);
                incomplete = result;
                return null;
            }, context.RequestAborted);
            if (hit) ApiTelemetry.RecordCacheHit();
            if (answer is not null) return new CompleteAnswerResult(answer, mediaType, cacheControl);
            if (incomplete is not null) return new GraphQLResult(incomplete, mediaType, serializer, cacheControl);
        }
        return new GraphQLResult(await RunAsync(context, request, prepared, context.RequestAborted), mediaType, serializer, cacheControl);
    }

    /// <summary>The response cache's key of this request, or null when its answer is not to be cached: the cache is off,
    /// no graph version is known, the document did not parse, or the client asked for the cost of its own run.</summary>
    private string? AnswerKey(GraphQLRequest request, PreparedDocument prepared) =>
        answers.Enabled && !WantsCost(request.Extensions) && versions.Current?.Version is { } version && prepared.AnswerKey is { } document
            ? ResponseCacheKey.Of(version, document, request.Variables)
            : null;

    private async Task<ExecutionResult> RunAsync(HttpContext context, GraphQLRequest request, PreparedDocument prepared, CancellationToken cancellationToken)
    {
        var (activity, started) = (ApiTelemetry.StartExecution(request.OperationName), Stopwatch.GetTimestamp());
        var cost = context.RequestServices.GetRequiredService<RequestCost>();
        if (prepared.KnownCost is { } known) cost.Reuse(known);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = prepared.Document,
            // Validated before: no rule of the specification again, and the cost analysis only while its estimate can
            // depend on the variables.
            ValidationRules = !prepared.Validated ? costs.AllRules : prepared.KnownCost is null ? [costs.Rule] : [],
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken,
            Timeout = limits.Timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
        if (result.Executed) // executed: validation passed
        {
            prepared.MarkValidated();
            if (cost.Estimated is { } estimate) prepared.RecordCost(estimate);
        }
        ApiTelemetry.RecordExecution(activity, Stopwatch.GetElapsedTime(started), cost.Estimated ?? 0, cost.StoreCalls, Outcome(result));
        ResponseErrors.Cap(result, limits.MaxErrors);
        if (WantsCost(request.Extensions))
            (result.Extensions ??= [])["cost"] = cost.Report(limits.MaxCost);
        versions.AddTo(result);
        return result;
    }

    /// <summary>Executed, with data and without an error: the only kind of answer the cache keeps.</summary>
    private static bool IsComplete(ExecutionResult result) => result is { Executed: true, Data: not null, Errors: null or { Count: 0 } };

    private async Task<CompleteAnswer> CompleteAnswerOf(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return CompleteAnswer.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private IResult Refused(HttpContext context, LimitError limit, string mediaType)
    {
        var error = new ExecutionError(limit.Message)
        {
            Code = LimitError.Code,
            Extensions = new() { ["limit"] = limit.Limit, ["maximum"] = limit.Maximum },
        };
        return Answer(context, new ExecutionResult(error) { Executed = false }, mediaType);
    }

    // 200 under either media type: Apollo's link reads the code from the body and retries with the query, and turns
    // persisted queries off for good after a 400.
    private IResult PersistedQueryNotFound(HttpContext context, string mediaType)
    {
        var error = new ExecutionError("PersistedQueryNotFound") { Code = PersistedQueries.NotFound };
        return Answer(context, new ExecutionResult(error) { Executed = true }, mediaType);
    }

    // An answer the endpoint makes without executing: with the graph's version, as every answer.
    private GraphQLResult Answer(HttpContext context, ExecutionResult result, string mediaType)
    {
        versions.AddTo(result);
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
}
