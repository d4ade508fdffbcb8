namespace ApecGraph.Api.Tests.Telemetry;

/// <summary>Alone, after the other tests: the exporters listen process-wide, so another test's requests would be counted.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry (not in parallel)";
}
