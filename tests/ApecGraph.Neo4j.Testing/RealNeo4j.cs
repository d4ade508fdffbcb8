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
    private FileStream? serverLock;

    private RealNeo4j(Neo4jOptions? options, string? unavailableReason, IContainer? container, FileStream? serverLock = null)
    {
        Options = options;
        UnavailableReason = unavailableReason;
        this.container = container;
        this.serverLock = serverLock;
    }

    /// <summary>How to reach it; null when there is none.</summary>
    public Neo4jOptions? Options { get; }

    /// <summary>Why there is none, in words for a skipped test.</summary>
    public string? UnavailableReason { get; }

    public static async Task<RealNeo4j> FindAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            // Every test project imports the repository graph into this one database (Community has one user
            // database), and an import removes what its graph lacks: so a fixture holds the server for its whole
            // lifetime, across processes, and the other project's fixture waits for it.
            var held = await LockAsync(uri);
            return new RealNeo4j(new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : null,
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
            }, null, null, held);
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
        serverLock?.Dispose();
        serverLock = null;
    }

    /// <summary>
    /// A lock file under the system temp folder, one per server URI, opened with FileShare.None (an exclusive flock on
    /// Unix, a sharing lock on Windows), so it excludes other processes and other fixtures of this one; never deleted,
    /// so two waiters cannot lock two different files of one name. Waits up to 20 minutes.
    /// </summary>
    private static async Task<FileStream> LockAsync(string uri)
    {
        var name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(uri)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"apecgraph-neo4j-{name}.lock");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(20);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
