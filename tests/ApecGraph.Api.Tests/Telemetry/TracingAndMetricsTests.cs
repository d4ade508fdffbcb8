using System.Diagnostics;
using System.Net.Http.Json;
using ApecGraph.Api.Tests.Infrastructure;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ApecGraph.Api.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class TracingAndMetricsTests
{
    private const string Query = """query Economies { economies(first: 2) { totalCount } }""";

    [Fact]
    public async Task A_graphql_request_is_a_server_span_with_a_graphql_execute_child()
    {
        using var api = new TelemetryApi(otlpEndpoint: true);
        var (traceId, traceparent) = RequestIds.NewTraceparent();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query, operationName = "Economies" }) };
        request.Headers.Add("traceparent", traceparent);
        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        // The server span ends just after the response is sent.
        var spans = await SpansOfTraceAsync(api, traceId, s => s.Kind == ActivityKind.Server);
        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        var execute = Assert.Single(spans, s => s.OperationName == "graphql.execute");
        Assert.Equal("Microsoft.AspNetCore", server.Source.Name);
        Assert.Equal("/graphql", server.GetTagItem("url.path"));
        Assert.Equal(server.SpanId, execute.ParentSpanId);
        Assert.Equal("ApecGraph.Api", execute.Source.Name);
        Assert.Equal("Economies", execute.GetTagItem("graphql.operation.name"));
        Assert.Equal("ok", execute.GetTagItem("apecgraph.graphql.outcome"));
        Assert.Equal(traceId, response.RequestId());
    }

    [Fact]
    public async Task Each_execution_is_counted_by_outcome_with_its_duration_cost_and_store_calls()
    {
        using var api = new TelemetryApi(otlpEndpoint: true);
        using var client = api.CreateClient();

        await client.QueryAsync(Query);
        await client.QueryAsync(Query);
        var invalid = await client.PostAsync("{ noSuchField }");
        var tooCostly = await client.PostAsync("{ documents { edges { node { relations { to { relations { to { relations { id } } } } } } } } }");

        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], invalid.ErrorCodes);
        Assert.Equal(["COST_LIMIT"], tooCostly.ErrorCodes);
        var metrics = api.FlushMetrics();
        // the second Query is answered by the response cache: counted as a request, not as an execution
        var expected = new Dictionary<string, long> { ["ok"] = 1, ["rejected"] = 1, ["cost_limit"] = 1 };
        Assert.Equal(new Dictionary<string, long>(expected) { ["cached"] = 1 }, ByOutcome(metrics, "apecgraph.graphql.requests", p => p.GetSumLong()));
        foreach (var name in new[] { "apecgraph.graphql.duration", "apecgraph.graphql.cost", "apecgraph.graphql.store_calls" })
            Assert.Equal(expected, ByOutcome(metrics, name, p => p.GetHistogramCount()));
        // the real estimate and store calls, not placeholders: the execution of Query made store calls
        Assert.True(ByOutcome(metrics, "apecgraph.graphql.store_calls", p => (long)p.GetHistogramSum())["ok"] >= 1);
        Assert.True(ByOutcome(metrics, "apecgraph.graphql.cost", p => (long)p.GetHistogramSum())["cost_limit"] > 100_000);
        Assert.Equal("ms", metrics.Last(m => m.Name == "apecgraph.graphql.duration").Unit);
    }

    [Fact]
    public void With_an_otlp_endpoint_the_otlp_exporters_are_registered()
    {
        using var api = new TelemetryApi(otlpEndpoint: true);
        api.StartServer();

        Assert.NotNull(api.Services.GetService(typeof(TracerProvider)));
        Assert.Contains(api.Registered, d => Mentions(d, typeof(OtlpExporterOptions).Assembly.GetName().Name!));
    }

    [Fact]
    public void Without_an_otlp_endpoint_no_telemetry_is_registered_at_all()
    {
        using var api = new TelemetryApi(otlpEndpoint: false);
        api.StartServer();

        Assert.Null(api.Services.GetService(typeof(TracerProvider)));
        Assert.Null(api.Services.GetService(typeof(MeterProvider)));
        Assert.DoesNotContain(api.Registered, d => Mentions(d, "OpenTelemetry"));
    }

    /// <summary>Whether a registration names a type (or a type argument, as in <c>IConfigureOptions&lt;T&gt;</c>)
    /// from an assembly whose name starts with <paramref name="assembly"/>.</summary>
    private static bool Mentions(Microsoft.Extensions.DependencyInjection.ServiceDescriptor d, string assembly)
    {
        bool From(Type? type) => type is not null
            && (type.Assembly.GetName().Name!.StartsWith(assembly, StringComparison.Ordinal) || type.GenericTypeArguments.Any(From));
        return From(d.ServiceType) || From(d.ImplementationType) || From(d.ImplementationInstance?.GetType());
    }

    private static Dictionary<string, long> ByOutcome(IEnumerable<MetricSnapshot> metrics, string name, Func<MetricPoint, long> value)
    {
        // Cumulative: the last export holds the totals.
        var metric = metrics.Last(m => m.Name == name);
        return metric.MetricPoints.ToDictionary(p => Outcome(p), value);
    }

    private static string Outcome(MetricPoint point)
    {
        foreach (var tag in point.Tags)
            if (tag.Key == "outcome") return (string)tag.Value!;
        throw new InvalidOperationException("A point without an outcome tag.");
    }

    private static async Task<List<Activity>> SpansOfTraceAsync(TelemetryApi api, string traceId, Func<Activity, bool> last)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var spans = api.Spans.Snapshot().Where(s => s.TraceId.ToHexString() == traceId).ToList();
            if (spans.Any(last) || deadline.Elapsed > TimeSpan.FromSeconds(10)) return spans;
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
