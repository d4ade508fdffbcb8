using ApecGraph.Api.Versioning;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j;
using ApecGraph.Neo4j.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Startup;

public static class GraphStoreExtensions
{
    /// <summary>The graph store chosen by <c>GraphStore:Kind</c>; with no configuration, the embedded graph from graph-seeds/.</summary>
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphStoreOptions>().BindConfiguration(GraphStoreOptions.Section)
            .Validate(o => o.VersionRefresh >= TimeSpan.Zero, "GraphStore:VersionRefresh must not be negative (zero turns the refresh off)").ValidateOnStart();
        builder.Services.AddNeo4jGraphStore();
        // Chosen when first resolved (at start, by the check below), from the bound options, so that test hosts'
        // settings apply. Nothing here caches a connection: a Neo4j outage ends when Neo4j answers again.
        builder.Services.AddSingleton<IGraphStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
            if (options.Kind == GraphStoreKind.Neo4j)
                return services.GetRequiredService<Neo4jGraphStore>();
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ApecGraph.GraphStore");
            return EmbeddedGraph.Open(options, logger);
        });
        // Build and ask the store at start, so that an invalid graph, bad settings, an unreachable or an empty Neo4j
        // stop the API before it serves anything.
        builder.Services.AddHostedService<GraphStoreStartupCheck>();
        // The version served (extensions.graph, Query.graph): read after the check above, then every GraphStore:VersionRefresh.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<GraphVersionSource>();
        builder.Services.AddHostedService<GraphVersionRefresh>();
        return builder;
    }

    private sealed class GraphStoreStartupCheck(IGraphStore store, IOptions<GraphStoreOptions> options, ILogger<GraphStoreStartupCheck> logger)
        : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            StoreStatus status;
            try
            {
                status = await store.GetStatusAsync(cancellationToken);
            }
            catch (GraphStoreUnavailableException e)
            {
                throw new InvalidOperationException(
                    $"The {options.Value.Kind} graph store cannot be reached, so the API will not start. {e.Message}. "
                    + "Start Neo4j, or check Neo4j__Uri, Neo4j__Database, Neo4j__User and Neo4j__Password.", e);
            }
            if (options.Value.Kind == GraphStoreKind.Neo4j && status.Entities == 0)
            {
                throw new InvalidOperationException(
                    "The Neo4j graph store holds no graph (0 entities), so the API will not start. "
                    + "Run `ApecGraph.Cli import` (dotnet run --project src/ApecGraph.Cli -- import --uri <Neo4j HTTP address>) first.");
            }
            logger.LogInformation("Graph store {Kind}: {Entities} entities, {Relations} relations", status.Kind, status.Entities, status.Relations);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
