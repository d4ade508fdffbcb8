using ApecGraph.Api.Caching;
using ApecGraph.Core.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApecGraph.Api.Startup;

/// <summary>
/// <c>GET /health</c> for anyone who can reach the API: its words come only from <see cref="PublicText"/> and its data
/// only from <see cref="PublicData"/>; what went wrong (an exception, a backend's own error text) goes to the log,
/// under the request's id, and never into the answer.
/// </summary>
public static class HealthExtensions
{
    /// <summary>Every text <c>/health</c> may show, per check and as a whole.</summary>
    public static class PublicText
    {
        public const string Ok = "ok";
        public const string Unavailable = "The graph store is unavailable.";
        public const string Failed = "The graph store failed; the server log has the details under this response's X-Request-Id.";

        public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Ok, Unavailable, Failed, ResponseCacheHealthCheck.RedisDown };
    }

    /// <summary>The only data keys <c>/health</c> shows: the store's kind and counts, when it answers, and the response
    /// cache's tiers and counters.</summary>
    public static IReadOnlySet<string> PublicData { get; } =
        new HashSet<string>(["store", "entities", "relations", .. ResponseCacheHealthCheck.DataKeys], StringComparer.Ordinal);

    public static WebApplicationBuilder AddGraphHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<GraphStoreHealthCheck>("graph-store")
            .AddCheck<ResponseCacheHealthCheck>(ResponseCacheHealthCheck.Name);
        return builder;
    }

    /// <summary><c>GET /health</c>: 200 and a JSON summary while the store answers, 503 when it does not.</summary>
    public static WebApplication MapGraphHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new
                {
                    status = e.Value.Status.ToString(),
                    description = Public(e.Value),
                    data = e.Value.Data.Where(d => PublicData.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value),
                }),
            }),
        });
        return app;
    }

    // A description outside the fixed set (e.g. the exception message ASP.NET Core puts there when a check throws)
    // is replaced, never shown.
    private static string Public(HealthReportEntry entry) =>
        entry.Description is { } text && PublicText.All.Contains(text) ? text
        : entry.Status == HealthStatus.Healthy ? PublicText.Ok
        : PublicText.Failed;

    private sealed class GraphStoreHealthCheck(IGraphStore store, IHttpContextAccessor http, ILogger<GraphStoreHealthCheck> logger) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var status = await store.GetStatusAsync(cancellationToken);
                return HealthCheckResult.Healthy(PublicText.Ok, new Dictionary<string, object>
                {
                    ["store"] = status.Kind, ["entities"] = status.Entities, ["relations"] = status.Relations,
                });
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                var unavailable = e is GraphStoreUnavailableException;
                logger.LogError(e, "Health check: the graph store {Outcome} (request {RequestId})",
                    unavailable ? "is unavailable" : "failed", http.HttpContext?.TraceIdentifier);
                // No exception in the result: the details are logged above, and nothing downstream can show them.
                return HealthCheckResult.Unhealthy(unavailable ? PublicText.Unavailable : PublicText.Failed);
            }
        }
    }
}
