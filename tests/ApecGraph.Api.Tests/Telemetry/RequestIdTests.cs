using System.Net.Http.Json;
using ApecGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ApecGraph.Api.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class RequestIdTests
{
    [Fact]
    public async Task An_error_answer_carries_the_request_id_of_the_log_line_written_in_the_resolver()
    {
        FailingStore? store = null;
        using var api = new TelemetryApi(otlpEndpoint: false, inner => store = new FailingStore(inner, new InvalidOperationException("boom")));
        api.StartServer();
        store!.Failing = true;
        var (traceId, traceparent) = RequestIds.NewTraceparent();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = """{ search(text: "VESOM") { score } }""" }) };
        request.Headers.Add("traceparent", traceparent);
        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["INTERNAL_SERVER_ERROR"], (await GraphQLResponse.ReadAsync(response)).ErrorCodes);
        var line = Assert.Single(api.Logs.Lines, l => l.Category == "ApecGraph.GraphQL" && l.Level == LogLevel.Error);
        Assert.Equal(response.RequestId(), line.ScopeValue("RequestId"));
        // The request id is the trace id, so it also finds the request's trace.
        Assert.Equal(traceId, response.RequestId());
    }

    [Theory]
    [InlineData("/health", 200)]
    [InlineData("/nowhere", 404)]
    [InlineData("/graphql?query=%7B", 200)] // a syntax error, answered in application/json
    public async Task Every_response_carries_a_request_id(string path, int status)
    {
        using var api = new TelemetryApi(otlpEndpoint: false);
        using var client = api.CreateClient();

        using var first = await client.GetAsync(path, TestContext.Current.CancellationToken);
        using var second = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)first.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", first.RequestId());
        Assert.NotEqual(first.RequestId(), second.RequestId());
    }
}
