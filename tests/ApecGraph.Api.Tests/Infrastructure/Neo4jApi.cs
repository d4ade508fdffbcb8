using ApecGraph.Core.Loading;
using ApecGraph.Neo4j;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Testing;

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
    private ApiFactory? factory;
    private Dictionary<string, string>? settings;

    public async ValueTask InitializeAsync()
    {
        neo4j = await RealNeo4j.FindAsync();
        if (neo4j.Options is not { } options) return;
        var load = GraphLoader.Load(GraphSources.Locate() ?? throw new InvalidOperationException("graph-seeds/ not found"));
        if (!load.IsValid)
            throw new InvalidOperationException("the repository graph is invalid:\n" + string.Join("\n", load.Problems));
        await new Neo4jImporter(Neo4jHttpClient.Create(options)).ImportAsync(load.Graph!);
        settings = StoreSettings(options);
        factory = new ApiFactory(settings: settings);
    }

    /// <summary>The server the API reads (holding the repository graph), for tests that reach it other than through
    /// the API (the CLI's export); skips, with the reason, where there is none.</summary>
    public Neo4jOptions Options => neo4j?.Options ?? SkipUnavailable();

    private Neo4jOptions SkipUnavailable()
    {
        Assert.Skip(UnavailableReason);
        return null!;
    }

    /// <summary>Why there is no Neo4j, for fixtures that skip their tests themselves.</summary>
    public string UnavailableReason => neo4j?.UnavailableReason ?? "Neo4j tests skipped: no Neo4j server";

    /// <summary>The settings of <see cref="SettingsOrSkip"/>, or null where no Neo4j could be had.</summary>
    public IReadOnlyDictionary<string, string>? Settings => settings;

    public HttpClient CreateClient()
    {
        if (factory is null)
            Assert.Skip(UnavailableReason);
        return factory.CreateClient();
    }

    /// <summary>The settings that point an API host of another kind (e.g. on Kestrel) at this Neo4j; skips the test, with
    /// the reason, where no Neo4j could be had.</summary>
    public IReadOnlyDictionary<string, string> SettingsOrSkip()
    {
        if (settings is null)
            Assert.Skip(UnavailableReason);
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (neo4j is not null) await neo4j.DisposeAsync();
    }

    private static Dictionary<string, string> StoreSettings(Neo4jOptions options)
    {
        var settings = new Dictionary<string, string>
        {
            ["GraphStore:Kind"] = "Neo4j", ["Neo4j:Uri"] = options.Uri!.ToString(), ["Neo4j:Database"] = options.Database,
        };
        if (options.User is not null) (settings["Neo4j:User"], settings["Neo4j:Password"]) = (options.User, options.Password ?? "");
        return settings;
    }
}
