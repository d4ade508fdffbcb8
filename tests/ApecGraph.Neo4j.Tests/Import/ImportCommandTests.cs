using ApecGraph.Cli;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Import;

/// <summary><c>ApecGraph.Cli import</c> against a replay server on 127.0.0.1 that plays Neo4j's side of the conversation.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string emptyFolder = Directory.CreateTempSubdirectory("apecgraph-import-").FullName;

    public void Dispose() => Directory.Delete(emptyFolder, recursive: true);

    /// <summary>
    /// Neo4j's side of an import into a database that already holds an older import: generation "old" is current (3
    /// entities, 4 relations), "failed" (2 entities) is an earlier attempt's leftover, and 1 entity with 1 relation
    /// predates generations. So every statement of an import is sent, the deletes included.
    /// </summary>
    internal static ImportingNeo4j WithHistory()
    {
        var neo4j = new ImportingNeo4j { Current = "old" };
        neo4j.Generations["old"] = (3, 4);
        neo4j.Generations["failed"] = (2, 0);
        neo4j.Generations[""] = (1, 1);
        return neo4j;
    }

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
        using var server = ReplayServer.Start(WithHistory().Answer);
        using var output = new StringWriter();

        var exit = CliApp.Run(["import", "--uri", server.Uri.ToString(), "--graph", graph, "--sources", seeds], output, TextWriter.Null);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("economy:atlantis", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was written to Neo4j", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    /// <summary>"METHOD path: what" for each request: schema, generation reads, writes, the switch and deletes.</summary>
    private static List<string> Steps(ReplayServer server) =>
        [.. server.Requests.Select(r => $"{r.Method} {r.Path}: " + string.Join(" + ", r.Statements.Select(s => Step(s.Text))))];

    private static string Step(string text) =>
        text.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) || text.StartsWith("CREATE INDEX", StringComparison.Ordinal) || text.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal)
            || text.StartsWith("DROP", StringComparison.Ordinal) ? "schema"
        : text.Contains("RETURN g.gen", StringComparison.Ordinal) ? "current"
        : text.Contains("DISTINCT e.gen", StringComparison.Ordinal) ? "generations"
        : text.Contains("CREATE (e:Entity", StringComparison.Ordinal) ? "entities"
        : text.Contains("CREATE (a)-[r", StringComparison.Ordinal) ? "relations"
        : text.Contains("MERGE (g:GraphInfo", StringComparison.Ordinal) ? "switch"
        : text.Contains("DELETE r", StringComparison.Ordinal) ? "delete-relations"
        : text.Contains("DETACH DELETE", StringComparison.Ordinal) ? "delete-entities"
        : text;

    [Fact]
    public void A_valid_graph_is_written_as_a_new_generation_then_switched_to_then_the_others_are_deleted()
    {
        var neo4j = WithHistory();
        using var server = ReplayServer.Start(neo4j.Answer);

        var (exit, output) = ImportSmall(server);

        Assert.True(exit == ExitCodes.Ok, output);
        // removed: the leftovers (2 + 1 entities, 0 + 1 relations), then the old generation (3, 4): the fake's counts
        Assert.Contains("imported 5 entities, 7 relations; removed 6 entities, 5 relations", output, StringComparison.Ordinal);
        var gen = Assert.Single(neo4j.Generations, g => g.Value != (0, 0));
        Assert.Equal((5L, 7L), gen.Value);
        Assert.Equal(gen.Key, neo4j.Current);
        const string Auto = "POST /db/neo4j/tx/commit: ", Open = "POST /db/neo4j/tx: ", Commit = "POST /db/neo4j/tx/5/commit: ";
        Assert.Equal(
        [
            .. Enumerable.Repeat(Auto + "schema", 7), Auto + "current", Auto + "generations",
            // the leftovers first: "failed" (no relations), then the nodes without a generation (1 relation, 1 node)
            Auto + "delete-relations", Auto + "delete-entities", Auto + "delete-relations", Auto + "delete-entities",
            Open, Commit + "entities + entities + entities", // one statement per kind: Document, Economy, Meeting
            Open, Commit + "relations + relations", // CHAIRED, MENTIONS
            Auto + "switch",
            Auto + "generations", Auto + "delete-relations", Auto + "delete-entities",
        ], Steps(server));
    }

    [Fact]
    public void Rows_go_in_transactions_of_the_given_sizes_with_progress_lines()
    {
        using var server = ReplayServer.Start(new ImportingNeo4j().Answer);

        var (exit, output) = ImportSmall(server, "--entity-batch", "2", "--relation-batch", "3");

        Assert.True(exit == ExitCodes.Ok, output);
        var commits = server.Requests.Where(r => r.Path == "/db/neo4j/tx/5/commit")
            .Select(r => r.Statements.Sum(s => s.Parameters.GetProperty("rows").GetArrayLength())).ToList();
        Assert.Equal([2, 2, 1, 3, 3, 1], commits); // 5 entities by 2, then 7 relations by 3, each batch its own transaction
        Assert.Equal(6, server.Requests.Count(r => r.Path == "/db/neo4j/tx"));
        Assert.Contains("  entities 5/5 (100%)", output, StringComparison.Ordinal);
        Assert.Contains("  relations 7/7 (100%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_imports_the_same_rows_and_version_as_the_graph_it_was_compiled_from()
    {
        var (graph, sources) = SmallGraph();
        var snapshot = Path.Combine(emptyFolder, "small.snapshot");
        using (var compileOutput = new StringWriter())
            Assert.True(CliApp.Run(["compile", "--graph", graph, "--sources", sources, "--out", snapshot], compileOutput, compileOutput) == ExitCodes.Ok, compileOutput.ToString());
        using var fromSeeds = ReplayServer.Start(new ImportingNeo4j().Answer);
        using var fromSnapshot = ReplayServer.Start(new ImportingNeo4j().Answer);

        var (seedsExit, seedsOutput) = ImportSmall(fromSeeds);
        using var output = new StringWriter();
        var snapshotExit = CliApp.Run(["import", "--uri", fromSnapshot.Uri.ToString(), "--snapshot", snapshot], output, output);

        Assert.True(seedsExit == ExitCodes.Ok, seedsOutput);
        Assert.True(snapshotExit == ExitCodes.Ok, output.ToString());
        Assert.Contains("snapshot " + snapshot + ": 5 entities, 7 relations", output.ToString(), StringComparison.Ordinal);
        var rows = WrittenRows(fromSeeds);
        Assert.Equal(12, rows.Count);
        Assert.Equal(rows, WrittenRows(fromSnapshot)); // the same rows (evidence, texts, search terms), whatever their order
        Assert.Equal(SwitchedVersion(fromSeeds), SwitchedVersion(fromSnapshot));
    }

    [Fact]
    public void A_snapshot_that_is_not_one_is_refused_and_nothing_is_sent()
    {
        var notASnapshot = Path.Combine(emptyFolder, "graph.yaml");
        File.WriteAllText(notASnapshot, "entities: []\n");
        using var server = ReplayServer.Start(new ImportingNeo4j().Answer);
        using var output = new StringWriter();

        var exit = CliApp.Run(["import", "--uri", server.Uri.ToString(), "--snapshot", notASnapshot], output, output);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("Nothing was written to Neo4j", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/db/neo4j/tx/", StringComparison.Ordinal) && r.Path != "/db/neo4j/tx/commit");
        Assert.DoesNotContain(server.Requests, r => r.Statements.Any(st => st.Parameters.TryGetProperty("rows", out _)));
    }

    // Every entity and relation row the import sent, as JSON with the run's generation blanked, sorted.
    private static List<string> WrittenRows(ReplayServer server) =>
        [.. server.Requests.SelectMany(r => r.Statements)
            .Where(st => st.Parameters.TryGetProperty("rows", out _))
            .SelectMany(st => st.Parameters.GetProperty("rows").EnumerateArray())
            .Select(row => System.Text.RegularExpressions.Regex.Replace(row.GetRawText(), "\"gen\":\"[^\"]*\"", "\"gen\":\"*\""))
            .Order(StringComparer.Ordinal)];

    private static string SwitchedVersion(ReplayServer server) =>
        System.Text.RegularExpressions.Regex.Match(string.Join("\n", server.Requests.SelectMany(r => r.Statements).Select(st => st.Parameters.GetRawText())),
            "\"version\":\"([0-9a-f]{16})\"").Groups[1].Value is { Length: 16 } version ? version : throw new Xunit.Sdk.XunitException("no version was switched to");

    [Fact]
    public void Batch_sizes_must_be_positive_numbers()
    {
        using var server = ReplayServer.Start(new ImportingNeo4j().Answer);

        var (exit, output) = ImportSmall(server, "--relation-batch", "0");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--relation-batch must be a positive whole number", output, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void A_dry_run_builds_every_batch_and_sends_nothing()
    {
        using var server = ReplayServer.Start(new ImportingNeo4j().Answer);

        var (exit, output) = ImportSmall(server, "--dry-run", "--entity-batch", "2");

        Assert.True(exit == ExitCodes.Ok, output);
        // entities 2 + 2 + 1 (statements: 2 + 1 + 1 by kind in each), relations in 1 (CHAIRED, MENTIONS)
        Assert.Contains("dry run: 4 requests, 6 statements, 12 rows", output, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void An_outage_halfway_leaves_the_old_generation_serving_and_a_rerun_removes_the_attempt()
    {
        var neo4j = WithHistory();
        var writes = 0;
        var failing = true;
        using var server = ReplayServer.Start(request => failing && request.Path == "/db/neo4j/tx/5/commit" && ++writes == 2
            ? new Reply(503, "")
            : neo4j.Answer(request));

        var (exit, output) = ImportSmall(server, "--entity-batch", "2");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("import failed", output, StringComparison.Ordinal);
        Assert.Contains("Not changed: the graph readers see (still generation old)", output, StringComparison.Ordinal);
        Assert.Contains("partly written (2 entities, 0 relations committed in batches)", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Steps(server), s => s.EndsWith("switch", StringComparison.Ordinal));
        Assert.Equal("old", neo4j.Current);
        var attempt = Assert.Single(neo4j.Generations.Keys, k => k is not ("old" or "failed" or ""));

        failing = false;
        var (again, rerun) = ImportSmall(server);

        Assert.True(again == ExitCodes.Ok, rerun);
        Assert.Equal((0L, 0L), neo4j.Generations[attempt]);
        Assert.NotEqual(attempt, neo4j.Current);
        Assert.Equal((5L, 7L), neo4j.Generations[neo4j.Current!]);
    }

    [Fact]
    public void A_refused_statement_halfway_switches_nothing()
    {
        var neo4j = WithHistory();
        var writes = 0;
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/5/commit" && ++writes == 2
            ? Bodies.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists")
            : neo4j.Answer(request));

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("Neo.ClientError.Schema.ConstraintValidationFailed", output, StringComparison.Ordinal);
        Assert.Equal("old", neo4j.Current);
        Assert.DoesNotContain(Steps(server), s => s.EndsWith("switch", StringComparison.Ordinal));
    }

    [Fact]
    public void The_switch_carries_the_new_generation_the_graph_version_and_counts()
    {
        using var server = ReplayServer.Start(new ImportingNeo4j().Answer);
        var before = DateTimeOffset.UtcNow;

        var (exit, output) = Import(server);

        Assert.True(exit == ExitCodes.Ok, output);
        var version = Core.Model.GraphVersion.Of(RepositoryGraph.Graph);
        Assert.Contains($"graph version {version}", output, StringComparison.Ordinal);
        var request = Assert.Single(server.Requests, r => r.Statements.Any(s => s.Text.Contains(":GraphInfo", StringComparison.Ordinal)
            && s.Text.Contains("MERGE", StringComparison.Ordinal)));
        Assert.Equal("/db/neo4j/tx/commit", request.Path); // auto-committed on its own, after every data batch
        var info = Assert.Single(request.Statements).Parameters;
        Assert.Equal("current", info.GetProperty("key").GetString());
        var node = info.GetProperty("info");
        var written = server.Requests.Where(r => r.Path == "/db/neo4j/tx/5/commit").SelectMany(r => r.Statements).ToList();
        Assert.Equal(written[0].Parameters.GetProperty("rows")[0].GetProperty("gen").GetString(), node.GetProperty("gen").GetString());
        Assert.True(server.Requests.ToList().IndexOf(request) > server.Requests.ToList().FindLastIndex(r => r.Path == "/db/neo4j/tx/5/commit"));
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
        using var server = ReplayServer.Start(new ImportingNeo4j().Answer);

        Import(server);

        var texts = server.Requests.SelectMany(r => r.Statements).Select(s => s.Text).ToList();
        var graph = RepositoryGraph.Graph;
        foreach (var value in graph.Entities.Select(e => e.Id).Concat(graph.Entities.Select(e => e.Name)).Concat(graph.Relations.Select(r => r.Id)))
            Assert.DoesNotContain(texts, t => t.Contains(value, StringComparison.Ordinal));
    }

    /// <summary>Neo4j's recorded answer to a refused statement on the auto-commit endpoint: 200 with <c>errors</c>.</summary>
    private static readonly Reply Refused = Transcript.Load("23-tx-commit-error-rolls-back").Reply();

    [Fact]
    public void A_refused_first_schema_statement_says_nothing_was_changed()
    {
        var history = WithHistory();
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/commit" ? Refused : history.Answer(request));

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", output, StringComparison.Ordinal);
        Assert.Equal(["POST /db/neo4j/tx/commit"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public void A_refused_second_schema_statement_says_what_is_in_place_and_that_nothing_else_changed()
    {
        var schemaStatements = 0;
        var history = WithHistory();
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/commit" && ++schemaStatements == 2 ? Refused : history.Answer(request));

        var (exit, output) = Import(server);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.DoesNotContain("Nothing was changed", output, StringComparison.Ordinal);
        Assert.Contains("Changed: no uniqueness constraint on Entity.id alone (made so only if not already)", output, StringComparison.Ordinal);
        Assert.Contains("Not changed: the uniqueness constraint on (Entity.id, Entity.gen), the index on Entity.kind,", output, StringComparison.Ordinal);
        Assert.Contains("(not run), and no data was sent", output, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/db/neo4j/tx/5", StringComparison.Ordinal) || r.Path == "/db/neo4j/tx");
    }

    [Fact]
    public void Connection_settings_come_from_the_apis_environment_variables()
    {
        using var server = ReplayServer.Start(WithHistory().Answer);
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
        using var server = ReplayServer.Start(WithHistory().Answer);

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
        using var server = ReplayServer.Start(WithHistory().Answer);
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
        Assert.Contains("AS entities", request.Statements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void If_empty_imports_into_an_empty_neo4j()
    {
        var neo4j = new ImportingNeo4j();
        using var server = ReplayServer.Start(request => request.Statements is [{ Text: var text }] && text.Contains("AS entities", StringComparison.Ordinal)
            ? Bodies.Ok(Bodies.Rows(["entities", "relations"], [[0, 0]]))
            : neo4j.Answer(request));

        var (exit, output) = ImportSmall(server, "--if-empty");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("imported 5 entities, 7 relations", output, StringComparison.Ordinal);
    }
}
