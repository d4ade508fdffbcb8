using ApecGraph.Cli;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Import;

/// <summary><c>ApecGraph.Cli import</c> against a replay server on 127.0.0.1 that plays Neo4j's side of the conversation.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private static readonly Reply Opened = Transcript.Load("25-tx-open").Reply(); // 201, Location …/db/neo4j/tx/5

    private readonly string emptyFolder = Directory.CreateTempSubdirectory("apecgraph-import-").FullName;

    public void Dispose() => Directory.Delete(emptyFolder, recursive: true);

    /// <summary>Neo4j's side of a successful import of the repository graph.</summary>
    internal static Reply Neo4jSide(ReceivedRequest request) => (request.Method, request.Path) switch
    {
        ("POST", "/db/neo4j/tx") => Opened,
        ("POST", "/db/neo4j/tx/5/commit") => Bodies.Ok(
            Bodies.Rows(["removed"], [[0]]), Bodies.Rows(["removed"], [[0]]),
            Bodies.Rows(["entities", "relations"], [[RepositoryGraph.Graph.Entities.Count, RepositoryGraph.Graph.Relations.Count]])),
        _ => Bodies.Empty(request),
    };

    internal static (int Exit, string Output) Import(ReplayServer server, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["import", "--uri", server.Uri.ToString(), "--graph", RepositoryGraph.Sources.GraphSeedsDirectory,
            "--sources", RepositoryGraph.Sources.SourcesDirectory, .. options], output, error);
        return (exit, output.ToString() + error);
    }

    [Fact]
    public void An_invalid_graph_is_refused_without_sending_anything()
    {
        var graph = Directory.CreateDirectory(Path.Combine(emptyFolder, "graph-seeds")).FullName;
        var seeds = Directory.CreateDirectory(Path.Combine(emptyFolder, "seeds")).FullName;
        File.WriteAllText(Path.Combine(graph, "bad.yaml"), "entities:\n  - id: economy:atlantis\n    kind: ECONOMY\n    name: Atlantis\n");
        using var server = ReplayServer.Start(Neo4jSide);
        using var output = new StringWriter();

        var exit = CliApp.Run(["import", "--uri", server.Uri.ToString(), "--graph", graph, "--sources", seeds], output, TextWriter.Null);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("economy:atlantis", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was written to Neo4j", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void A_valid_graph_is_written_in_one_transaction_and_the_counts_reported()
    {
        using var server = ReplayServer.Start(Neo4jSide);

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("imported 102 entities, 301 relations; removed 0 entities, 0 relations", output, StringComparison.Ordinal);
        var paths = server.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(["POST /db/neo4j/tx/commit", "POST /db/neo4j/tx/commit", "POST /db/neo4j/tx"], paths.Take(3));
        Assert.Equal("POST /db/neo4j/tx/5/commit", paths[^1]);
        Assert.All(paths[3..^1], p => Assert.Equal("POST /db/neo4j/tx/5", p));
        Assert.Contains("CREATE CONSTRAINT", server.Requests[0].Statements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_values_travel_only_as_parameters()
    {
        using var server = ReplayServer.Start(Neo4jSide);

        Import(server);

        var texts = server.Requests.SelectMany(r => r.Statements).Select(s => s.Text).ToList();
        var graph = RepositoryGraph.Graph;
        foreach (var value in graph.Entities.Select(e => e.Id).Concat(graph.Entities.Select(e => e.Name)).Concat(graph.Relations.Select(r => r.Id)))
            Assert.DoesNotContain(texts, t => t.Contains(value, StringComparison.Ordinal));
        var written = server.Requests.Where(r => r.Path == "/db/neo4j/tx/5").SelectMany(r => r.Statements)
            .Sum(s => s.Parameters.GetProperty("rows").GetArrayLength());
        Assert.Equal(graph.Entities.Count + graph.Relations.Count, written);
    }

    [Fact]
    public void Rows_go_in_batches_of_the_given_size_with_progress_lines()
    {
        using var server = ReplayServer.Start(Neo4jSide);

        var (exit, output) = Import(server, "--batch-size", "10");

        Assert.Equal(ExitCodes.Ok, exit);
        var batches = server.Requests.Where(r => r.Path == "/db/neo4j/tx/5").SelectMany(r => r.Statements).ToList();
        Assert.All(batches, s => Assert.InRange(s.Parameters.GetProperty("rows").GetArrayLength(), 1, 10));
        var expected = RepositoryGraph.Graph.Entities.GroupBy(e => e.Kind).Sum(g => (g.Count() + 9) / 10)
                       + RepositoryGraph.Graph.Relations.GroupBy(r => r.Type).Sum(g => (g.Count() + 9) / 10);
        Assert.Equal(expected, batches.Count);
        Assert.Contains("  entities 102/102", output, StringComparison.Ordinal);
        Assert.Contains("  relations 301/301", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outage_halfway_rolls_back_and_commits_nothing()
    {
        var writes = 0;
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/5" && request.Method == "POST" && ++writes == 3
            ? new Reply(503, "")
            : Neo4jSide(request));

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("import failed", output, StringComparison.Ordinal);
        // The schema statements had committed before the data transaction: the message says so, not "nothing".
        Assert.DoesNotContain("Nothing was changed", output, StringComparison.Ordinal);
        Assert.Contains("the uniqueness constraint on Entity.id and the index on Entity.kind are in place", output, StringComparison.Ordinal);
        Assert.Contains("Not changed: the data", output, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal) && r.Path.Contains("/tx/5", StringComparison.Ordinal));
        Assert.Equal("DELETE /db/neo4j/tx/5", server.Requests.Select(r => $"{r.Method} {r.Path}").Last());
    }

    [Fact]
    public void A_refused_statement_halfway_commits_nothing()
    {
        var writes = 0;
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/5" && ++writes == 2
            ? Bodies.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists")
            : Neo4jSide(request));

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("Neo.ClientError.Schema.ConstraintValidationFailed", output, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Path == "/db/neo4j/tx/5/commit");
    }

    /// <summary>Neo4j's recorded answer to a refused statement on the auto-commit endpoint: 200 with <c>errors</c>.</summary>
    private static readonly Reply Refused = Transcript.Load("23-tx-commit-error-rolls-back").Reply();

    [Fact]
    public void A_refused_first_schema_statement_says_nothing_was_changed()
    {
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/commit" ? Refused : Neo4jSide(request));

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", output, StringComparison.Ordinal);
        Assert.Equal(["POST /db/neo4j/tx/commit"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public void A_refused_second_schema_statement_says_the_constraint_is_in_place_and_nothing_else_changed()
    {
        var schemaStatements = 0;
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/commit" && ++schemaStatements == 2 ? Refused : Neo4jSide(request));

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.DoesNotContain("Nothing was changed", output, StringComparison.Ordinal);
        Assert.Contains("the uniqueness constraint on Entity.id is in place", output, StringComparison.Ordinal);
        Assert.Contains("Not changed: the index on Entity.kind (not run), and no data was sent", output, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/db/neo4j/tx/5", StringComparison.Ordinal) || r.Path == "/db/neo4j/tx");
    }

    [Fact]
    public void Connection_settings_come_from_the_apis_environment_variables()
    {
        using var server = ReplayServer.Start(Neo4jSide);
        var environment = new Dictionary<string, string> { ["Neo4j__Uri"] = server.Uri.ToString(), ["Neo4j__User"] = "neo4j", ["Neo4j__Password"] = "pw" };
        var command = new ImportCommand(name => environment.GetValueOrDefault(name));
        var arguments = CliArguments.Parse(["--graph", RepositoryGraph.Sources.GraphSeedsDirectory, "--sources", RepositoryGraph.Sources.SourcesDirectory], command.Options);

        var exit = command.Run(arguments, TextWriter.Null);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.All(server.Requests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public void A_password_on_the_command_line_is_refused_saying_how_to_give_it()
    {
        using var server = ReplayServer.Start(Neo4jSide);

        var (exit, output) = Import(server, "--user", "neo4j", "--password", "secret");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--password is not accepted", output, StringComparison.Ordinal);
        Assert.Contains(ImportCommand.PasswordVariable, output, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(ImportCommand.PasswordVariable)]
    [InlineData(ImportCommand.ApiPasswordVariable)]
    public void The_password_comes_from_the_environment(string variable)
    {
        Assert.Equal("neo4j:from-env", Credentials(new() { ["Neo4j__User"] = "neo4j", [variable] = "from-env" }, prompt: () => "typed"));
    }

    [Fact]
    public void Without_a_password_in_the_environment_a_user_is_prompted()
    {
        Assert.Equal("neo4j:typed", Credentials(new() { ["Neo4j__User"] = "neo4j" }, prompt: () => "typed"));
    }

    /// <summary>The user:password the import sent, with this environment and prompt.</summary>
    private static string Credentials(Dictionary<string, string> environment, Func<string?> prompt)
    {
        using var server = ReplayServer.Start(Neo4jSide);
        environment["Neo4j__Uri"] = server.Uri.ToString();
        var command = new ImportCommand(name => environment.GetValueOrDefault(name), prompt);
        var arguments = CliArguments.Parse(["--graph", RepositoryGraph.Sources.GraphSeedsDirectory, "--sources", RepositoryGraph.Sources.SourcesDirectory], command.Options);

        Assert.Equal(ExitCodes.Ok, command.Run(arguments, TextWriter.Null));
        var header = server.Requests.Select(r => r.Authorization).Distinct().Single()!;
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
    }

    [Fact]
    public void If_empty_leaves_a_populated_neo4j_alone()
    {
        using var server = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["entities", "relations"], [[5, 7]])));

        var (exit, output) = Import(server, "--if-empty");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("already holds 5 entities", output, StringComparison.Ordinal);
        var request = Assert.Single(server.Requests);
        Assert.Contains("count(e) AS entities", request.Statements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void If_empty_imports_into_an_empty_neo4j()
    {
        using var server = ReplayServer.Start(request => request.Statements is [{ Text: var text }] && text.Contains("AS entities", StringComparison.Ordinal)
            ? Bodies.Ok(Bodies.Rows(["entities", "relations"], [[0, 0]]))
            : Neo4jSide(request));

        var (exit, output) = Import(server, "--if-empty");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("imported 102 entities, 301 relations", output, StringComparison.Ordinal);
    }
}
