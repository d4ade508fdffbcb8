using System.Net.Sockets;
using ApecGraph.Core.Loading;
using ApecGraph.Neo4j;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Import;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
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
    private const string ContainerPassword = "apecgraph-test";
    private IContainer? container;
    private Neo4jApiFactory? factory;
    private string? skipReason;

    public async ValueTask InitializeAsync()
    {
        Neo4jOptions options;
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            options = new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : null,
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
            };
        }
        else if (await DockerUnavailableReasonAsync() is { } docker)
        {
            skipReason = $"Neo4j tests skipped: NEO4J_URI is not set and no Docker engine answers ({docker})";
            return;
        }
        else
        {
            container = new ContainerBuilder("neo4j:5")
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
                .Build();
            await container.StartAsync();
            options = new Neo4jOptions
            {
                Uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}"),
                User = "neo4j",
                Password = ContainerPassword,
                MaxRetries = 5, // the HTTP port answers a little before the database does
                RetryDelay = TimeSpan.FromMilliseconds(500),
            };
        }
        var load = GraphLoader.Load(GraphSources.Locate() ?? throw new InvalidOperationException("graph-seeds/ not found"));
        if (!load.IsValid)
            throw new InvalidOperationException("the repository graph is invalid:\n" + string.Join("\n", load.Problems));
        await new Neo4jImporter(Neo4jHttpClient.Create(options)).ImportAsync(load.Graph!);
        factory = new Neo4jApiFactory(options);
    }

    public HttpClient CreateClient()
    {
        if (factory is null)
            Assert.Skip(skipReason ?? "Neo4j tests skipped: no Neo4j server");
        return factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (container is not null) await container.DisposeAsync();
    }

    /// <summary>Null when the Docker engine answers <c>/_ping</c> within 3 s; otherwise why not.</summary>
    private static async Task<string?> DockerUnavailableReasonAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } h ? h : "unix:///var/run/docker.sock";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            HttpClient http;
            Uri ping;
            if (host.StartsWith("tcp://", StringComparison.Ordinal))
            {
                http = new HttpClient();
                ping = new Uri($"http://{host["tcp://".Length..]}/_ping");
            }
            else if (host.StartsWith("unix://", StringComparison.Ordinal))
            {
                var path = host["unix://".Length..];
                if (!File.Exists(path)) return $"{host}: no Docker socket at {path}";
                http = new HttpClient(new SocketsHttpHandler { ConnectCallback = (_, token) => ConnectUnix(path, token) });
                ping = new Uri("http://docker/_ping");
            }
            else
            {
                return $"DOCKER_HOST={host} is not a unix:// or tcp:// address";
            }
            using (http)
            using (var answer = await http.GetAsync(ping, timeout.Token))
                return answer.IsSuccessStatusCode ? null : $"{host} answered HTTP {(int)answer.StatusCode} to /_ping";
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or OperationCanceledException)
        {
            return $"{host}: {e.Message}";
        }
    }

    private static async ValueTask<Stream> ConnectUnix(string path, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The API host set to the Neo4j store.</summary>
    private sealed class Neo4jApiFactory(Neo4jOptions options) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
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
}
