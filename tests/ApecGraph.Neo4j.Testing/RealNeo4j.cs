using ApecGraph.Neo4j.Http;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace ApecGraph.Neo4j.Testing;

/// <summary>
/// A real Neo4j for tests: the server <c>NEO4J_URI</c> names (with <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>,
/// <c>NEO4J_DATABASE</c>), else a <c>neo4j:5</c> container where a Docker engine answers, else none, with the reason
/// (for the tests to skip with). Tests import the repository graph into it: point NEO4J_URI at a database you can spare.
/// </summary>
public sealed class RealNeo4j : IAsyncDisposable
{
    private const string ContainerPassword = "apecgraph-test";
    private readonly IContainer? container;

    private RealNeo4j(Neo4jOptions? options, string? unavailableReason, IContainer? container)
    {
        Options = options;
        UnavailableReason = unavailableReason;
        this.container = container;
    }

    /// <summary>How to reach it; null when there is none.</summary>
    public Neo4jOptions? Options { get; }

    /// <summary>Why there is none, in words for a skipped test.</summary>
    public string? UnavailableReason { get; }

    public static async Task<RealNeo4j> FindAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            return new RealNeo4j(new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : null,
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
            }, null, null);
        }
        if (await DockerProbe.UnavailableReasonAsync() is { } docker)
            return new RealNeo4j(null, $"Neo4j tests skipped: NEO4J_URI is not set and no Docker engine answers ({docker})", null);

        var container = new ContainerBuilder("neo4j:5")
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        var options = new Neo4jOptions
        {
            Uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}"),
            User = "neo4j",
            Password = ContainerPassword,
            MaxRetries = 5, // the HTTP port answers a little before the database does; retries cover the gap
            RetryDelay = TimeSpan.FromMilliseconds(500),
        };
        await Neo4jHttpClient.Create(options).RunAsync(new CypherStatement("RETURN 1"));
        return new RealNeo4j(options, null, container);
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null) await container.DisposeAsync();
    }
}
