using ApecGraph.Api.Http;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Execution;

namespace ApecGraph.Api.Startup;

/// <summary>
/// The one shape of <c>errors[].extensions</c>, whatever raised the error (the parser, validation, a resolver, an
/// unhandled failure, a limit, or the HTTP endpoint itself): always <c>code</c> and <c>requestId</c>, plus, for a few
/// codes only, the detail keys listed in <see cref="DetailKeys"/>. Nothing else: not graphql-dotnet's <c>codes</c>,
/// <c>number</c>, <c>data</c> or <c>details</c>.
/// </summary>
public static class ErrorShape
{
    public const string Code = "code", RequestId = "requestId";

    /// <summary>The keys every error carries.</summary>
    public static IReadOnlyList<string> Keys { get; } = [Code, RequestId];

    /// <summary>The extra keys an error with this code carries (and no other code does).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DetailKeys { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [LimitError.Code] = ["limit", "maximum"],
        [CostLimitError.CostLimit] = ["cost", "maxCost"],
        [ResponseErrors.TooManyErrors] = ["omitted"],
    };
}

/// <summary>Gives every error the <see cref="ErrorShape"/>: a code users can match on and the request id its log lines
/// carry, and never shows exception details: a store outage is STORE_UNAVAILABLE, any other unexpected failure
/// INTERNAL_SERVER_ERROR.</summary>
public sealed class CodedErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider(o =>
{
    o.ExposeExceptionDetails = false;
    o.ExposeCodes = false;
    o.ExposeData = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var message = info.Message;
        var code = (info.Extensions is { } given && given.TryGetValue(ErrorShape.Code, out var c) ? c as string : null) ?? executionError.Code;
        if (executionError is UnhandledError unhandled)
        {
            (code, message) = unhandled.InnerException is GraphStoreUnavailableException
                ? ("STORE_UNAVAILABLE", "The graph store is unavailable; try again shortly.")
                : ("INTERNAL_SERVER_ERROR", "An unexpected error occurred; it has been logged.");
        }
        var extensions = new Dictionary<string, object?> { [ErrorShape.Code] = code ?? "INTERNAL_SERVER_ERROR" };
        if (code is not null && ErrorShape.DetailKeys.TryGetValue(code, out var details))
        {
            foreach (var key in details)
                if (executionError.Extensions?.TryGetValue(key, out var value) == true)
                    extensions[key] = value;
        }
        extensions[ErrorShape.RequestId] = http.HttpContext?.TraceIdentifier;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
