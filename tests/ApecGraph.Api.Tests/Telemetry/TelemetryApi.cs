using System.Diagnostics;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ApecGraph.Api.Tests.Telemetry;

/// <summary>
/// The API with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set or not. When set, it points at a closed loopback port and
/// in-memory exporters record what would be sent. Every log line is recorded with its scopes; the registered services
/// are kept to look at.
/// </summary>
public sealed class TelemetryApi(bool otlpEndpoint, Func<IGraphStore, IGraphStore>? wrapStore = null) : ApiFactory(wrapStore: wrapStore)
{
    // Nothing listens on the discard port: the OTLP exporter's attempts fail at once, on this machine only.
    public const string ClosedLoopbackEndpoint = "http://127.0.0.1:9";

    public LockedList<Activity> Spans { get; } = new();

    public LockedList<MetricSnapshot> Metrics { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public IReadOnlyList<ServiceDescriptor> Registered { get; private set; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (otlpEndpoint)
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", ClosedLoopbackEndpoint);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            Registered = [.. services];
            if (!otlpEndpoint) return;
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
        });
    }

    /// <summary>The metrics recorded so far, as the next periodic export would send them.</summary>
    public IReadOnlyList<MetricSnapshot> FlushMetrics()
    {
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        return Metrics.Snapshot();
    }
}

/// <summary>A list the exporters may add to from the server's threads while the test reads it.</summary>
public sealed class LockedList<T> : ICollection<T>
{
    private readonly List<T> items = [];

    public int Count { get { lock (items) return items.Count; } }

    public bool IsReadOnly => false;

    public void Add(T item) { lock (items) items.Add(item); }

    public void Clear() { lock (items) items.Clear(); }

    public bool Contains(T item) { lock (items) return items.Contains(item); }

    public void CopyTo(T[] array, int arrayIndex) { lock (items) items.CopyTo(array, arrayIndex); }

    public bool Remove(T item) { lock (items) return items.Remove(item); }

    public List<T> Snapshot() { lock (items) return [.. items]; }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
