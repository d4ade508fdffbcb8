using System.Text.Json;
using ApecGraph.Api.Startup;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Api.Tests.Telemetry;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using Microsoft.Extensions.Logging;

namespace ApecGraph.Api.Tests.Startup;

/// <summary><c>/health</c> is public: a backend's error text and the check's exception reach the log, never the answer.</summary>
public sealed class HealthTests
{
    private const string Secret = "Neo.ClientError.Security.Unauthorized: The client is unauthorized due to authentication failure.";

    public static TheoryData<string> Failures => ["unauthorized", "unavailable", "unexpected"];

    private static Exception Failure(string kind) => kind switch
    {
        "unauthorized" => new Neo4jQueryException("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."),
        "unavailable" => new GraphStoreUnavailableException(Secret),
        _ => new InvalidOperationException(Secret),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_store_shows_only_fixed_words_and_logs_the_details_with_the_request_id(string kind)
    {
        FailingStore? store = null;
        using var api = new TelemetryApi(otlpEndpoint: false, wrapStore: inner => store = new FailingStore(inner, Failure(kind)));
        using var client = api.CreateClient();
        store!.Failing = true;

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(503, (int)response.StatusCode);
        Assert.DoesNotContain("Neo.ClientError", text, StringComparison.Ordinal);
        Assert.DoesNotContain("unauthorized", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var check = JsonDocument.Parse(text).RootElement.GetProperty("checks").GetProperty("graph-store");
        Assert.Equal(["status", "description", "data"], check.EnumerateObject().Select(p => p.Name));
        Assert.Contains(check.GetProperty("description").GetString()!, HealthExtensions.PublicText.All);
        Assert.Equal(kind == "unavailable" ? HealthExtensions.PublicText.Unavailable : HealthExtensions.PublicText.Failed,
            check.GetProperty("description").GetString());
        Assert.Empty(check.GetProperty("data").EnumerateObject());

        var requestId = response.Headers.GetValues(RequestIdExtensions.HeaderName).Single();
        Assert.Contains(api.Logs.Lines, line => line.Level == LogLevel.Error
            && line.Message.Contains(requestId, StringComparison.Ordinal)
            && (kind == "unauthorized" || line.Message.Contains("graph store", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_healthy_store_shows_ok_and_its_counts_only()
    {
        using var api = new ApiFactory();
        using var response = await api.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        var check = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("checks").GetProperty("graph-store");

        Assert.Equal(HealthExtensions.PublicText.Ok, check.GetProperty("description").GetString());
        Assert.Equal(["store", "entities", "relations"], check.GetProperty("data").EnumerateObject().Select(p => p.Name));
    }
}
