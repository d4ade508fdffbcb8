using ApecGraph.Api.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ApecGraph.Api.Startup;

public static class TelemetryExtensions
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";
    public const string DefaultServiceName = "apecgraph-api";

    /// <summary>
    /// OpenTelemetry traces and metrics of ASP.NET Core, outgoing HTTP (the Neo4j client), the .NET runtime and GraphQL
    /// execution (<see cref="ApiTelemetry"/>), exported by OTLP to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. Without that
    /// setting nothing is registered: no SDK, no listener, no exporter.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointKey])) return builder;
        // The OTLP exporter reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS, ... from configuration itself.
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration[ServiceNameKey] ?? DefaultServiceName))
            .WithTracing(tracing => tracing
                .AddSource(ApiTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(ApiTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter());
        return builder;
    }
}
