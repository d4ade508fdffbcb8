using System.Diagnostics;

namespace ApecGraph.Api.Startup;

/// <summary>
/// One request id per request, <see cref="HttpContext.TraceIdentifier"/>: the W3C trace id of the request's activity
/// (so a request id finds its trace), else ASP.NET Core's own. ASP.NET Core's hosting log scope carries it as
/// <c>RequestId</c> on every log line of the request, and every response carries it as <c>X-Request-Id</c>.
/// </summary>
public static class RequestIdExtensions
{
    public const string HeaderName = "X-Request-Id";

    private const string RequestActivity = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
    private const string RequestActivityStart = RequestActivity + ".Start";

    public static WebApplication UseRequestIds(this WebApplication app)
    {
        // The hosting log scope copies TraceIdentifier when the request starts, before any middleware runs; the
        // activity's start event comes just before that, so the id is set there. The subscription lives as long as
        // the host's listener.
        app.Services.GetRequiredService<DiagnosticListener>()
            .Subscribe(new TraceIdAsRequestId(), name => name is RequestActivity or RequestActivityStart);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                http.Response.Headers[HeaderName] = http.TraceIdentifier;
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        return app;
    }

    private sealed class TraceIdAsRequestId : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value is { Key: RequestActivityStart, Value: HttpContext context }
                && Activity.Current is { IdFormat: ActivityIdFormat.W3C, OperationName: RequestActivity } activity)
                context.TraceIdentifier = activity.TraceId.ToHexString();
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
