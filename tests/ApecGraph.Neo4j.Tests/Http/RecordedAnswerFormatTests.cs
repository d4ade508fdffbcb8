using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Http;

/// <summary>
/// Format tests: answers recorded from a real Neo4j 5.26 (Fixtures/), replayed over a local socket, decoded by the
/// client. They pin the client to Neo4j's documented wire format; they do not exercise Neo4j.
/// </summary>
public sealed class RecordedAnswerFormatTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_of_a_commit_answer_are_read_by_column()
    {
        using var server = ReplayServer.Start(Transcript.Load("20-tx-commit-rows").Reply());

        var result = await server.Client().RunAsync(new CypherStatement("MATCH (e:Entity) RETURN e.id AS id, e ORDER BY id"), Token);

        Assert.Equal(["id", "e"], result.Columns);
        Assert.Equal(["economy:malaysia", "meeting:vesom", "proposal:covid-live"], result.Rows.Select(r => r["id"].GetString()));
        Assert.Equal("MY", result.Rows[0]["e"].GetProperty("aliases")[0].GetString());
    }

    [Fact]
    public async Task Each_statement_of_a_request_gets_its_own_result()
    {
        using var server = ReplayServer.Start(Transcript.Load("22-tx-commit-two-statements").Reply());

        var results = await server.Client().RunAsync([new CypherStatement("RETURN 1 AS a"), new CypherStatement("UNWIND $xs AS x RETURN x")], Token);

        Assert.Equal(2, results.Count);
        Assert.Equal(1, results[0].SingleRow()["a"].GetInt32());
        Assert.Equal([1, 2, 3], results[1].Rows.Select(r => r["x"].GetInt32()));
    }

    [Fact]
    public async Task A_200_answer_with_errors_is_a_refusal_with_neo4js_code_and_is_not_retried()
    {
        using var server = ReplayServer.Start(Transcript.Load("23-tx-commit-error-rolls-back").Reply());

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => server.Client().RunAsync(new CypherStatement("MATCH (n RETURN n"), Token));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Invalid input 'RETURN'", error.Neo4jMessage, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("07-query-syntax-error", "Neo.ClientError.Statement.SyntaxError")]
    [InlineData("09-query-constraint-violation", "Neo.ClientError.Schema.ConstraintValidationFailed")]
    [InlineData("10-query-missing-param", "Neo.ClientError.Statement.ParameterMissing")]
    [InlineData("11-query-unknown-db", "Neo.ClientError.Database.DatabaseNotFound")]
    [InlineData("12-query-bad-json", "Neo.ClientError.Request.Invalid")]
    public async Task A_4xx_error_body_is_a_refusal_with_neo4js_code_and_is_not_retried(string transcript, string code)
    {
        var recorded = Transcript.Load(transcript);
        using var server = ReplayServer.Start(recorded.Reply());

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => server.Client().RunAsync(new CypherStatement("RETURN 1"), Token));

        Assert.InRange(recorded.Status, 400, 499);
        Assert.Equal(code, error.Code);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_explicit_transaction_runs_and_commits_at_the_location_neo4j_gave()
    {
        var opened = Transcript.Load("25-tx-open").Reply();
        using var server = ReplayServer.Start(request => request.Path switch
        {
            "/db/neo4j/tx" => opened,
            _ => Bodies.Empty(request),
        });
        var client = server.Client();

        await using (var transaction = await client.BeginAsync(Token))
        {
            await transaction.RunAsync([new CypherStatement("CREATE (:X)")], Token);
            await transaction.CommitAsync([new CypherStatement("RETURN 1")], Token);
        }

        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/5", "POST /db/neo4j/tx/5/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_transaction_left_uncommitted_is_rolled_back()
    {
        var opened = Transcript.Load("25-tx-open").Reply();
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx" ? opened : Bodies.Empty(request));

        await using (var transaction = await server.Client().BeginAsync(Token))
        {
            await transaction.RunAsync([new CypherStatement("CREATE (:X)")], Token);
        }

        Assert.Equal("DELETE /db/neo4j/tx/5", server.Requests.Select(r => $"{r.Method} {r.Path}").Last());
    }
}
