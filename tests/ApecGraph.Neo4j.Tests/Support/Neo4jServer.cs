using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Testing;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>The real Neo4j of the integration tests (see <see cref="RealNeo4j"/>); the tests skip, with the reason, without one.</summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private RealNeo4j? neo4j;

    public async ValueTask InitializeAsync() => neo4j = await RealNeo4j.FindAsync();

    /// <summary>The server's settings; skips the calling test, with the reason, when there is no server.</summary>
    public Neo4jOptions Options => neo4j?.Options ?? throw SkipException();

    public Neo4jHttpClient Client() => Neo4jHttpClient.Create(Options);

    public async ValueTask DisposeAsync()
    {
        if (neo4j is not null) await neo4j.DisposeAsync();
    }

    private Exception SkipException()
    {
        Assert.Skip(neo4j?.UnavailableReason ?? "Neo4j tests skipped: no server");
        return new InvalidOperationException("unreachable");
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServer>
{
    public const string Name = "A real Neo4j (NEO4J_URI or Docker)";
}
