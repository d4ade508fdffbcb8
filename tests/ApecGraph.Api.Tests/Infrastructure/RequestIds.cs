namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>
/// How a test gets a request's id: the response's <c>X-Request-Id</c> header. It is the server's
/// <c>HttpContext.TraceIdentifier</c> (the W3C trace id of the request), the <c>RequestId</c> scope of every log line
/// written during the request, and the id an error body carries (<c>extensions.requestId</c>, where the endpoint adds it).
/// </summary>
public static class RequestIds
{
    public const string Header = "X-Request-Id";

    public static string? RequestId(this HttpResponseMessage response) =>
        response.Headers.TryGetValues(Header, out var values) ? values.Single() : null;

    /// <summary>A W3C <c>traceparent</c> header for a new trace; the request it is sent with gets that trace id as its id.</summary>
    public static (string TraceId, string Header) NewTraceparent()
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        return (traceId, $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");
    }
}
