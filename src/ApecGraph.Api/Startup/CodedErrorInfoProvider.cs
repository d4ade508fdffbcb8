using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Execution;

namespace ApecGraph.Api.Startup;

/// <summary>Gives every error a code users can match on and the request id its log lines carry, and never shows
/// exception details: a store outage is STORE_UNAVAILABLE, any other unexpected failure INTERNAL_SERVER_ERROR.</summary>
public sealed class CodedErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider(o => o.ExposeExceptionDetails = false)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = new Dictionary<string, object?>(info.Extensions ?? new Dictionary<string, object?>());
        var message = info.Message;
        if (executionError is UnhandledError unhandled)
        {
            (extensions["code"], message) = unhandled.InnerException is GraphStoreUnavailableException
                ? ("STORE_UNAVAILABLE", "The graph store is unavailable; try again shortly.")
                : ("INTERNAL_SERVER_ERROR", "An unexpected error occurred; it has been logged.");
            extensions.Remove("codes");
        }
        if (http.HttpContext?.TraceIdentifier is { } requestId)
            extensions["requestId"] = requestId;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
