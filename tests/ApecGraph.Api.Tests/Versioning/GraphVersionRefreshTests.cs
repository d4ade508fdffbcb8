using ApecGraph.Api.Startup;
using ApecGraph.Api.Tests.Telemetry;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Api.Versioning;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Tests.Versioning;

/// <summary>The version source re-reads the store on its interval: a re-import is noticed, an outage keeps the last version.</summary>
public sealed class GraphVersionRefreshTests
{
    private static readonly KnowledgeGraph Graph = new([new Entity { Id = "economy:x", Kind = EntityKind.Economy, Name = "X" }], []);

    private static GraphInfo Info(string version) => GraphInfo.Of(Graph, DateTimeOffset.UtcNow) with { Version = version };

    [Fact]
    public async Task A_new_version_in_the_store_is_noticed_on_the_next_refresh()
    {
        var store = new ChangingStore { Info = Info("aaaaaaaaaaaaaaaa") };
        var options = Options.Create(new GraphStoreOptions { Kind = GraphStoreKind.Neo4j, VersionRefresh = TimeSpan.FromMilliseconds(20) });
        var source = new GraphVersionSource(store, options, NullLogger<GraphVersionSource>.Instance);
        using var refresh = new GraphVersionRefresh(source, options, TimeProvider.System);
        var token = TestContext.Current.CancellationToken;

        await refresh.StartAsync(token);
        Assert.Equal("aaaaaaaaaaaaaaaa", source.Current?.Version); // read at start, before the API serves
        Assert.Equal("Neo4j", source.Current?.Source);
        store.Info = Info("bbbbbbbbbbbbbbbb"); // a re-import
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (source.Current?.Version != "bbbbbbbbbbbbbbbb" && DateTime.UtcNow < deadline)
            await Task.Delay(10, token);
        await refresh.StopAsync(token);

        Assert.Equal("bbbbbbbbbbbbbbbb", source.Current?.Version);
        Assert.True(store.Reads >= 2);
    }

    [Fact]
    public async Task A_failed_read_keeps_the_last_version_and_is_logged_once()
    {
        var store = new ChangingStore { Info = Info("aaaaaaaaaaaaaaaa") };
        var logs = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var source = new GraphVersionSource(store, Options.Create(new GraphStoreOptions()), factory.CreateLogger<GraphVersionSource>());
        var token = TestContext.Current.CancellationToken;

        await source.RefreshAsync(token);
        store.Failure = new GraphStoreUnavailableException("Neo4j is down");
        await source.RefreshAsync(token);
        await source.RefreshAsync(token);
        await source.RefreshAsync(token);

        Assert.Equal("aaaaaaaaaaaaaaaa", source.Current?.Version);
        Assert.Equal(1, logs.Lines.Count(e => e.Level == LogLevel.Warning));
        store.Failure = null;
        store.Info = Info("cccccccccccccccc");
        await source.RefreshAsync(token);
        Assert.Equal("cccccccccccccccc", source.Current?.Version);
    }

    /// <summary>A store whose graph info the test sets (and can make fail).</summary>
    private sealed class ChangingStore() : DelegatingStore(new EmbeddedGraphStore(Graph))
    {
        private int reads;

        public GraphInfo? Info { get; set; }

        public Exception? Failure { get; set; }

        public int Reads => Volatile.Read(ref reads);

        public override Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref reads);
            return Failure is { } failure ? throw failure : Task.FromResult(Info);
        }
    }
}
