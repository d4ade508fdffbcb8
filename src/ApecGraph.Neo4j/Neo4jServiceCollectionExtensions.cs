using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ApecGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="Neo4jOptions"/> bound to the <c>Neo4j</c> section, the HTTP client (through <see cref="IHttpClientFactory"/>)
    /// and <see cref="Neo4jGraphStore"/>. It does not register <see cref="Core.Store.IGraphStore"/>: the app picks its
    /// store by configuration. The options are validated when the store is first built (the API builds it at start), so
    /// an app that does not use Neo4j is not asked for its settings.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        // Per-attempt timeouts come from the retry pipeline; the client's own request logs (one per query) are dropped,
        // Neo4jHttpClient logs retries instead.
        services.AddHttpClient(Neo4jHttpClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.TryAddSingleton<Neo4jHttpClient>();
        services.TryAddSingleton<Neo4jGraphStore>();
        return services;
    }
}
