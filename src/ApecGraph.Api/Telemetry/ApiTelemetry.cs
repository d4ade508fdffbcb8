using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ApecGraph.Api.Telemetry;

/// <summary>
/// The API's own traces and metrics (name <c>ApecGraph.Api</c>): a <c>graphql.execute</c> span per GraphQL execution and
/// the <c>apecgraph.graphql.*</c> instruments. Without a listener (OpenTelemetry off) starting and recording cost next to nothing.
/// </summary>
public static class ApiTelemetry
{
    public const string Name = "ApecGraph.Api";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "apecgraph.graphql.duration", "ms", "Time to execute a GraphQL request");

    private static readonly Histogram<long> Cost = Meter.CreateHistogram<long>(
        "apecgraph.graphql.cost", "{cost}", "Estimated cost of a GraphQL request");

    private static readonly Histogram<int> StoreCalls = Meter.CreateHistogram<int>(
        "apecgraph.graphql.store_calls", "{call}", "Graph store calls made by a GraphQL request");

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "apecgraph.graphql.requests", "{request}", "GraphQL requests, by outcome (cached: answered from the response cache)");

    /// <summary>Starts the <c>graphql.execute</c> span (a child of the current one, e.g. the HTTP server span);
    /// null when nothing listens.</summary>
    public static Activity? StartExecution(string? operationName)
    {
        var activity = Source.StartActivity("graphql.execute");
        activity?.SetTag("graphql.operation.name", operationName);
        return activity;
    }

    /// <summary>Counts a request answered from the response cache (outcome <c>cached</c>): it ran nothing to time or cost.</summary>
    public static void RecordCacheHit() => Requests.Add(1, new KeyValuePair<string, object?>("outcome", "cached"));

    /// <summary>Records one execution in the <c>apecgraph.graphql.*</c> metrics, tagged with <paramref name="outcome"/>
    /// (<c>ok</c>, <c>error</c>, <c>cost_limit</c>, <c>timeout</c>, <c>rejected</c>), tags the span and stops it.</summary>
    public static void RecordExecution(Activity? activity, TimeSpan elapsed, long estimatedCost, int storeCalls, string outcome)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        Duration.Record(elapsed.TotalMilliseconds, tag);
        Cost.Record(estimatedCost, tag);
        StoreCalls.Record(storeCalls, tag);
        Requests.Add(1, tag);
        if (activity is null) return;
        activity.SetTag("apecgraph.graphql.outcome", outcome);
        activity.SetTag("apecgraph.graphql.cost", estimatedCost);
        activity.SetTag("apecgraph.graphql.store_calls", storeCalls);
        if (outcome != "ok") activity.SetStatus(ActivityStatusCode.Error, outcome);
        activity.Stop();
    }
}
