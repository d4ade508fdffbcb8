using ApecGraph.Api.Http;

namespace ApecGraph.Api.Startup;

public static class CodedErrorsExtensions
{
    /// <summary>The last line of defence: a request that fails outside GraphQL's own error handling still gets a coded
    /// JSON error without a stack trace (500 <c>INTERNAL_SERVER_ERROR</c>, its exception logged with the request id);
    /// Kestrel's refusals keep their 4xx; a client that went away gets nothing and logs nothing above Debug.</summary>
    public static WebApplication UseCodedErrors(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ApecGraph.Api");
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                logger.LogDebug("The client went away before its answer was written");
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                await new RequestError(e.StatusCode, "INVALID_REQUEST", $"The request could not be read: {e.Message}")
                    .ToResult(MediaTypes.Json).ExecuteAsync(context);
            }
            catch (Exception e) when (!context.Response.HasStarted)
            {
                logger.LogError(e, "Unhandled error answering {Method} {Path}", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                await new RequestError(StatusCodes.Status500InternalServerError, "INTERNAL_SERVER_ERROR",
                        "An unexpected error occurred; it has been logged.")
                    .ToResult(MediaTypes.Json).ExecuteAsync(context);
            }
        });
        return app;
    }
}
