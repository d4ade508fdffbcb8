using ApecGraph.Core.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApecGraph.Api.Startup;

public static class HealthExtensions
{
    public static WebApplicationBuilder AddGraphHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store");
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
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description, e.Value.Data }),
            }),
        });
        return app;
    }

    private sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var status = await store.GetStatusAsync(cancellationToken);
                return HealthCheckResult.Healthy($"{status.Kind} store", new Dictionary<string, object>
                {
                    ["store"] = status.Kind, ["entities"] = status.Entities, ["relations"] = status.Relations,
                });
            }
            catch (GraphStoreUnavailableException e)
            {
                return HealthCheckResult.Unhealthy("The graph store is unavailable.", e);
            }
        }
    }
}
