using ApecGraph.Cli;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Import;

/// <summary><c>ApecGraph.Cli import</c> against a replay server on 127.0.0.1 that plays Neo4j's side of the conversation.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private static readonly Reply Opened = Transcript.Load("25-tx-open").Reply(); // 201, Location …/db/neo4j/tx/5

    private readonly string emptyFolder = Directory.CreateTempSubdirectory("apecgraph-import-").FullName;

    public void Dispose() => Directory.Delete(emptyFolder, recursive: true);

    /// <summary>
    /// Neo4j's side of a successful import: after the commit it reports counts the test makes up (40 entities, 70
    /// relations stored; 2 entities and 3 relations removed), unrelated to the graph sent, so the report can only show
    /// them if it reads them from Neo4j's answer, each in its place.
    /// </summary>
    internal static Reply Neo4jSide(ReceivedRequest request) => (request.Method, request.Path) switch
    {
        ("POST", "/db/neo4j/tx") => Opened,
        ("POST", "/db/neo4j/tx/5/commit") => Bodies.Ok(
            Bodies.Rows(["removed"], [[3]]), Bodies.Rows(["removed"], [[2]]), // relations removed, then entities removed
            Bodies.Rows(["entities", "relations"], [[40, 70]])),
        _ => Bodies.Empty(request),
    };

    /// <summary>
    /// A small valid graph written here: a document, 3 economies and a meeting (5 entities, of 3 kinds); 3 CHAIRED
    /// relations and the 4 MENTIONS the loader derives from the document's quotes (7 relations, of 2 types).
    /// </summary>
    private (string Graph, string Sources) SmallGraph()
    {
        var graph = Directory.CreateDirectory(Path.Combine(emptyFolder, "small", "graph-seeds")).FullName;
        var sources = Directory.CreateDirectory(Path.Combine(emptyFolder, "small", "seeds")).FullName;
        File.WriteAllText(Path.Combine(sources, "release.txt"),
            "Media release\nAlpha chaired the meeting.\nBeta chaired the meeting too.\nGamma chaired it last.\nThe meeting was held online.\n");
        var yaml = new System.Text.StringBuilder("""
            entities:
              - id: document:release
                kind: DOCUMENT
                name: Media release
                properties:
                  source: release.txt
                evidence:
                  - doc: document:release
                    quote: Media release
                    supports: [source]
              - id: meeting:m
                kind: MEETING
                name: The meeting
                evidence:
                  - doc: document:release
                    quote: The meeting was held online.

            """);
        var relations = new System.Text.StringBuilder("relations:\n");
        foreach (var (id, name, quote) in new[] { ("alpha", "Alpha", "Alpha chaired the meeting."), ("beta", "Beta", "Beta chaired the meeting too."), ("gamma", "Gamma", "Gamma chaired it last.") })
        {
            yaml.Append($"  - id: economy:{id}\n    kind: ECONOMY\n    name: {name}\n    evidence:\n      - doc: document:release\n        quote: {quote}\n");
            relations.Append($"  - from: economy:{id}\n    type: CHAIRED\n    to: meeting:m\n    evidence:\n      - doc: document:release\n        quote: {quote}\n");
        }
        File.WriteAllText(Path.Combine(graph, "small.yaml"), yaml.Append(relations).ToString());
        return (graph, sources);
    }

    internal static (int Exit, string Output) Import(ReplayServer server, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["import", "--uri", server.Uri.ToString(), "--graph", RepositoryGraph.Sources.GraphSeedsDirectory,
            "--sources", RepositoryGraph.Sources.SourcesDirectory, .. options], output, error);
        return (exit, output.ToString() + error);
    }

    private (int Exit, string Output) ImportSmall(ReplayServer server, params string[] options)
    {
        var (graph, sources) = SmallGraph();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["import", "--uri", server.Uri.ToString(), "--graph", graph, "--sources", sources, .. options], output, error);
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

        var (exit, output) = ImportSmall(server);

        Assert.True(exit == ExitCodes.Ok, output);
        Assert.Contains("imported 40 entities, 70 relations; removed 2 entities, 3 relations", output, StringComparison.Ordinal);
        var paths = server.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(["POST /db/neo4j/tx/commit", "POST /db/neo4j/tx/commit", "POST /db/neo4j/tx/commit", "POST /db/neo4j/tx"], paths.Take(4));
        Assert.Equal("POST /db/neo4j/tx/5/commit", paths[^1]);
        Assert.All(paths[4..^1], p => Assert.Equal("POST /db/neo4j/tx/5", p));
        Assert.Contains("CREATE CONSTRAINT", server.Requests[0].Statements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_graph_version_and_counts_are_written_in_the_data_transaction_before_the_commit()
    {
        using var server = ReplayServer.Start(Neo4jSide);
        var before = DateTimeOffset.UtcNow;

        var (exit, output) = Import(server);

        Assert.True(exit == ExitCodes.Ok, output);
        var version = Core.Model.GraphVersion.Of(RepositoryGraph.Graph);
        Assert.Contains($"graph version {version}", output, StringComparison.Ordinal);
        var sent = server.Requests.SelectMany(r => r.Statements.Select(s => (r.Path, Statement: s))).ToList();
        var at = sent.FindIndex(s => s.Statement.Text.Contains(":GraphInfo", StringComparison.Ordinal));
        Assert.Single(sent, s => s.Statement.Text.Contains(":GraphInfo", StringComparison.Ordinal));
        Assert.Equal("/db/neo4j/tx/5", sent[at].Path); // in the data's transaction, after every data statement, then committed
        Assert.Equal(at, sent.FindLastIndex(s => s.Path == "/db/neo4j/tx/5"));
        Assert.Equal("/db/neo4j/tx/5/commit", server.Requests[^1].Path);
        var info = sent[at].Statement;
        Assert.Equal("current", info.Parameters.GetProperty("key").GetString());
        var node = info.Parameters.GetProperty("info");
        Assert.Equal("current", node.GetProperty("key").GetString());
        Assert.Equal(version, node.GetProperty("version").GetString());
        Assert.Equal(RepositoryGraph.Graph.Entities.Count, node.GetProperty("entities").GetInt32());
        Assert.Equal(RepositoryGraph.Graph.Relations.Count, node.GetProperty("relations").GetInt32());
        var importedAt = DateTimeOffset.Parse(node.GetProperty("importedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(importedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var kinds = node.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ToList();
        var counts = node.GetProperty("kindCounts").EnumerateArray().Select(c => c.GetInt32()).ToList();
        Assert.Equal(Enum.GetNames<Core.Model.EntityKind>(), kinds);
        Assert.Equal(Enum.GetValues<Core.Model.EntityKind>().Select(k => RepositoryGraph.Graph.Entities.Count(e => e.Kind == k)), counts);
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
    }

    [Fact]
    public void Rows_go_in_batches_of_the_given_size_with_progress_lines()
    {
        using var server = ReplayServer.Start(Neo4jSide);

        var (exit, output) = ImportSmall(server, "--batch-size", "2");

        Assert.True(exit == ExitCodes.Ok, output);
        var batches = server.Requests.Where(r => r.Path == "/db/neo4j/tx/5").SelectMany(r => r.Statements)
            .Where(s => s.Parameters.TryGetProperty("rows", out _)) // not the GraphInfo statement
            .Select(s => s.Parameters.GetProperty("rows").GetArrayLength()).ToList();
        // one kind or type per batch, at most 2 rows: document 1, economies 2 + 1, meeting 1; CHAIRED 2 + 1, MENTIONS 2 + 2
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2], batches.Order());
        Assert.Equal(12, batches.Sum());
        Assert.Contains("  entities 5/5", output, StringComparison.Ordinal);
        Assert.Contains("  relations 7/7", output, StringComparison.Ordinal);
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
        Assert.Contains("the uniqueness constraint on Entity.id and the index on Entity.kind and the full-text index of names are in place", output, StringComparison.Ordinal);
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
        Assert.Contains("Not changed: the index on Entity.kind and the full-text index of names (not run), and no data was sent", output, StringComparison.Ordinal);
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
        Assert.Contains("imported 40 entities, 70 relations", output, StringComparison.Ordinal);
    }
}
