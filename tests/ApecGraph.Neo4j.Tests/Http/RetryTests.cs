using System.Text;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Http;

/// <summary>Transient failures are retried with backoff and end in <see cref="GraphStoreUnavailableException"/>; refusals are not retried.</summary>
public sealed class RetryTests
{
    private static readonly CypherStatement Statement = new("RETURN 1 AS x");
    private static readonly Reply One = Bodies.Ok(Bodies.Rows(["x"], [[1]]));
    private static readonly Reply ServiceUnavailable = new(503, "");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_503_then_an_answer_succeeds_on_the_retry()
    {
        using var server = ReplayServer.Start(ServiceUnavailable, One);

        var result = await server.Client().RunAsync(Statement, Token);

        Assert.Equal(1, result.SingleRow()["x"].GetInt32());
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_transient_neo4j_error_in_a_200_answer_is_retried()
    {
        using var server = ReplayServer.Start(Bodies.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"), One);

        var result = await server.Client().RunAsync(Statement, Token);

        Assert.Equal(1, result.SingleRow()["x"].GetInt32());
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded_and_end_in_store_unavailable()
    {
        using var server = ReplayServer.Start(ServiceUnavailable);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(
            () => server.Client(o => o.MaxRetries = 3).RunAsync(Statement, Token));

        Assert.Equal(4, server.Requests.Count);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("4 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_port_is_store_unavailable_after_the_retries()
    {
        using var port = ReplayServer.ClosedPort();
        var closed = port.Uri;
        var client = Neo4jHttpClient.Create(ReplayServer.Options(closed));

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => client.RunAsync(Statement, Token));

        Assert.Contains("no connection", error.Message, StringComparison.Ordinal);
        Assert.Contains(closed.Authority, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_slower_than_the_request_timeout_is_not_retried_and_is_unavailable()
    {
        // A statement that ran too long would run as long again: a hostile query must not cost Neo4j (retries + 1) times.
        using var server = ReplayServer.Start(One with { Delay = TimeSpan.FromSeconds(3) });
        var client = server.Client(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 3; });

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => client.RunAsync(Statement, Token));

        Assert.Single(server.Requests);
        Assert.Contains("no retry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_over_the_size_bound_fails_the_call_without_a_retry()
    {
        var big = Bodies.Ok(Bodies.Rows(["x"], Enumerable.Range(0, 200).Select(i => new object?[] { new string('x', 100) })));
        using var server = ReplayServer.Start(big);
        var client = server.Client(o => o.MaxResponseBytes = 4096);

        var error = await Assert.ThrowsAsync<Neo4jResponseException>(() => client.RunAsync(Statement, Token));

        Assert.Single(server.Requests);
        Assert.Contains("over 4096 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_an_outage()
    {
        using var server = ReplayServer.Start(One with { Delay = TimeSpan.FromSeconds(3) });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server.Client().RunAsync(Statement, cancel.Token));
    }

    [Fact]
    public async Task Basic_auth_is_sent_when_a_user_is_set_and_not_otherwise()
    {
        using var server = ReplayServer.Start(One);

        await server.Client(o => { o.User = "neo4j"; o.Password = "s3cret"; }).RunAsync(Statement, Token);
        await server.Client().RunAsync(Statement, Token);

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")), server.Requests[0].Authorization);
        Assert.Null(server.Requests[1].Authorization);
    }

    [Fact]
    public async Task A_body_that_is_not_neo4js_json_is_reported_as_such()
    {
        using var server = ReplayServer.Start(new Reply(200, "<html>proxy says hi</html>"));

        await Assert.ThrowsAsync<Neo4jResponseException>(() => server.Client().RunAsync(Statement, Token));
    }
}
