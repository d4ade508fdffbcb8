using ApecGraph.Neo4j.Http;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>
/// A real Neo4j for the integration tests: the server <c>NEO4J_URI</c> names (with <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>), else a <c>neo4j:5</c> container where a Docker engine answers, else
/// none, and the tests skip with the reason. The tests import the repository graph into it: point NEO4J_URI at a
/// database you can spare.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private const string ContainerPassword = "apecgraph-test";
    private IContainer? container;
    private Neo4jOptions? options;
    private string? skipReason;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            options = ReplayServer.Options(new Uri(uri), o =>
            {
                o.User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : null;
                o.Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
                o.Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j";
                o.MaxRetries = 3;
                o.RetryDelay = TimeSpan.FromMilliseconds(200);
            });
            return;
        }
        if (await DockerProbe.UnavailableReasonAsync() is { } docker)
        {
            skipReason = $"Neo4j tests skipped: NEO4J_URI is not set and no Docker engine answers ({docker})";
            return;
        }
        container = new ContainerBuilder("neo4j:5")
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        options = ReplayServer.Options(new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}"), o =>
        {
            o.User = "neo4j";
            o.Password = ContainerPassword;
            o.MaxRetries = 5;
            o.RetryDelay = TimeSpan.FromMilliseconds(500);
        });
        // the HTTP port answers a little before the database does; the client's retries cover the gap
        await Neo4jHttpClient.Create(options).RunAsync(new CypherStatement("RETURN 1"));
    }

    /// <summary>The server's settings; skips the calling test, with the reason, when there is no server.</summary>
    public Neo4jOptions Options => options ?? throw SkipException();

    public Neo4jHttpClient Client() => Neo4jHttpClient.Create(Options);

    public async ValueTask DisposeAsync()
    {
        if (container is not null) await container.DisposeAsync();
    }

    private Exception SkipException()
    {
        Assert.Skip(skipReason ?? "Neo4j tests skipped: no server");
        return new InvalidOperationException("unreachable");
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServer>
{
    public const string Name = "A real Neo4j (NEO4J_URI or Docker)";
}
