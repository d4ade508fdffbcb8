using ApecGraph.Core.Loading;
using ApecGraph.Neo4j;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Testing;
using Microsoft.AspNetCore.Hosting;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API with <c>GraphStore:Kind=Neo4j</c>, shared by the acceptance tests that run on Neo4j.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jApiCollection : ICollectionFixture<Neo4jApi>
{
    public const string Name = "API on Neo4j";
}

/// <summary>
/// The API on a real Neo4j holding the repository graph (imported with the importer the CLI uses): the server
/// <c>NEO4J_URI</c> names (with <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>; the import replaces
/// that database's graph), else a <c>neo4j:5</c> container where a Docker engine answers. With neither,
/// <see cref="CreateClient"/> skips the test with the reason: those tests are reported skipped, never passed.
/// </summary>
public sealed class Neo4jApi : IApiUnderTest, IAsyncLifetime
{
    private RealNeo4j? neo4j;
    private Neo4jApiFactory? factory;

    public async ValueTask InitializeAsync()
    {
        neo4j = await RealNeo4j.FindAsync();
        if (neo4j.Options is not { } options) return;
        var load = GraphLoader.Load(GraphSources.Locate() ?? throw new InvalidOperationException("graph-seeds/ not found"));
        if (!load.IsValid)
            throw new InvalidOperationException("the repository graph is invalid:\n" + string.Join("\n", load.Problems));
        await new Neo4jImporter(Neo4jHttpClient.Create(options)).ImportAsync(load.Graph!);
        factory = new Neo4jApiFactory(options);
    }

    /// <summary>The server holding the imported graph; null when none could be had (see <see cref="UnavailableReason"/>).</summary>
    public Neo4jOptions? Options => factory is null ? null : neo4j?.Options;

    public string UnavailableReason => neo4j?.UnavailableReason ?? "Neo4j tests skipped: no Neo4j server";

    public HttpClient CreateClient()
    {
        if (factory is null)
            Assert.Skip(UnavailableReason);
        return factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (neo4j is not null) await neo4j.DisposeAsync();
    }

    /// <summary>The API host set to the Neo4j store.</summary>
    private sealed class Neo4jApiFactory(Neo4jOptions options) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            UseNeo4jStore(builder, options);
        }
    }

    /// <summary>Sets an API host to the Neo4j store on this server.</summary>
    public static void UseNeo4jStore(IWebHostBuilder builder, Neo4jOptions options)
    {
        builder.UseSetting("GraphStore:Kind", "Neo4j");
        builder.UseSetting("Neo4j:Uri", options.Uri!.ToString());
        builder.UseSetting("Neo4j:Database", options.Database);
        if (options.User is not null)
        {
            builder.UseSetting("Neo4j:User", options.User);
            builder.UseSetting("Neo4j:Password", options.Password ?? "");
        }
    }
}
