using System.Globalization;
using ApecGraph.Api.Startup;
using ApecGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Versioning;

/// <summary>The graph the API serves, as the store last described it: its version, load (or import) time and counts.</summary>
/// <param name="Info">What the store said.</param>
/// <param name="Source">The store: <c>Embedded</c> or <c>Neo4j</c>.</param>
public sealed record ServedGraph(GraphInfo Info, string Source)
{
    public string Version => Info.Version;

    public DateTimeOffset LoadedAt => Info.LoadedAt;

    /// <summary>ISO 8601 in UTC, e.g. <c>2026-12-01T10:00:00.0000000Z</c>.</summary>
    public string LoadedAtText { get; } = Iso(Info.LoadedAt);

    /// <summary><c>extensions.graph</c>: <c>{ version, loadedAt }</c>, made once per version (every answer carries it).</summary>
    public GraphExtension Extension { get; } = new(Info.Version, Iso(Info.LoadedAt));

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>
/// <c>extensions.graph</c> of every answer: a dictionary as graphql-dotnet serializes any extension, and also its JSON,
/// written once, which <see cref="Http.DataWriter"/> copies into answers instead of serializing the dictionary each time.
/// </summary>
public sealed class GraphExtension : Dictionary<string, object?>
{
    public GraphExtension(string version, string loadedAt)
    {
        this["version"] = version;
        this["loadedAt"] = loadedAt;
        Json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes<IReadOnlyDictionary<string, object?>>(this);
    }

    /// <summary><c>{"version":"…","loadedAt":"…"}</c>, UTF-8.</summary>
    public byte[] Json { get; }
}

/// <summary>
/// The version of the graph the API serves (a singleton). Read from the store at start and again by
/// <see cref="GraphVersionRefresh"/> every <see cref="GraphStoreOptions.VersionRefresh"/>: on Neo4j a re-import is noticed
/// without a restart. A failed read keeps the last version and is logged once, until a read succeeds again.
/// </summary>
public sealed class GraphVersionSource(IGraphStore store, IOptions<GraphStoreOptions> options, ILogger<GraphVersionSource> logger)
{
    private ServedGraph? current;
    private string? problem; // the last problem logged, so that each is logged once while it lasts

    /// <summary>The graph served, or null before the first read and while the store holds no version (a Neo4j imported
    /// before versions were recorded).</summary>
    public ServedGraph? Current => Volatile.Read(ref current);

    /// <summary>Asks the store again; keeps the last version if the store does not answer.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        GraphInfo? info;
        try
        {
            info = await store.GetGraphInfoAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (Once("failed"))
                logger.LogWarning(e, "Could not read the graph's version from the {Store} store; still serving version {Version}", options.Value.Kind, Current?.Version ?? "(none)");
            return;
        }
        if (info is null)
        {
            Volatile.Write(ref current, null);
            if (Once("missing"))
                logger.LogWarning("The {Store} store holds no graph version: run `ApecGraph.Cli import` to record one", options.Value.Kind);
            return;
        }
        var previous = Current;
        Volatile.Write(ref current, new ServedGraph(info, options.Value.Kind.ToString()));
        problem = null;
        if (previous?.Version != info.Version)
            logger.LogInformation("Serving graph version {Version} ({Entities} entities, {Relations} relations, loaded at {LoadedAt:O}) from the {Store} store",
                info.Version, info.Entities, info.Relations, info.LoadedAt, options.Value.Kind);
    }

    /// <summary><c>extensions.graph</c> of a response: <c>{ version, loadedAt }</c>, or null while no version is known.</summary>
    public GraphExtension? Extension() => Current?.Extension;

    /// <summary>Adds <c>extensions.graph</c> to <paramref name="result"/> when a version is known.</summary>
    public void AddTo(global::GraphQL.ExecutionResult result)
    {
        if (Extension() is { } graph)
            (result.Extensions ??= [])["graph"] = graph;
    }

    private bool Once(string what)
    {
        if (problem == what) return false;
        problem = what;
        return true;
    }
}

/// <summary>Reads the version at start (before the API serves), then every <see cref="GraphStoreOptions.VersionRefresh"/>.</summary>
public sealed class GraphVersionRefresh(GraphVersionSource source, IOptions<GraphStoreOptions> options, TimeProvider time) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await source.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.VersionRefresh <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.Value.VersionRefresh, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await source.RefreshAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }
}
