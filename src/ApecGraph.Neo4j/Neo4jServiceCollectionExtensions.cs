using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ApecGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="Neo4jOptions"/> bound to the <c>Neo4j</c> section and validated at start, the HTTP client (through
    /// <see cref="IHttpClientFactory"/>) and <see cref="Neo4jGraphStore"/> as the <see cref="IGraphStore"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>();
        services.AddHttpClient(Neo4jHttpClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<Neo4jHttpClient>();
        services.AddSingleton<IGraphStore>(sp => new Neo4jGraphStore(sp.GetRequiredService<Neo4jHttpClient>()));
        return services;
    }
}
