using ApecGraph.Core.Embedded;
using ApecGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Startup;

public static class GraphStoreExtensions
{
    /// <summary>The graph store chosen by configuration; with none, the embedded graph from graph-seeds/.</summary>
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphStoreOptions>().BindConfiguration(GraphStoreOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IGraphStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ApecGraph.GraphStore");
            return new EmbeddedGraphStore(EmbeddedGraph.Load(options, logger));
        });
        // Load at start, so that an invalid graph stops the API before it serves anything.
        builder.Services.AddHostedService<GraphStoreStartupCheck>();
        return builder;
    }

    private sealed class GraphStoreStartupCheck(IGraphStore store, ILogger<GraphStoreStartupCheck> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var status = await store.GetStatusAsync(cancellationToken);
            logger.LogInformation("Graph store {Kind}: {Entities} entities, {Relations} relations", status.Kind, status.Entities, status.Relations);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
