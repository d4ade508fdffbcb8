using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Testing;
using ApecGraph.Neo4j.Tests.Import;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.CypherLint;

/// <summary>
/// Every statement the Neo4j store and the import send, as they send them, checked by Neo4j's own Cypher parser and
/// semantic analysis (npm <c>@neo4j-cypher/language-support</c>, run with Node). This catches syntax errors and
/// undefined variables without a server; it does not run the statements (the integration tests do, on a real Neo4j).
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Every_statement_sent_to_neo4j_is_valid_cypher()
    {
        var linter = Linter.FindOrSkip();
        var statements = new Dictionary<string, string>();
        await CollectStoreStatements(statements);
        CollectImportStatements(statements);
        Assert.True(statements.Count >= 15, $"only {statements.Count} statements collected");

        var (exit, output) = linter.Lint(statements);

        Assert.True(exit == 0, output);
        Assert.Equal(statements.Count, output.Split('\n').Count(line => line.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_linter_rejects_broken_cypher()
    {
        var (exit, output) = Linter.FindOrSkip().Lint(new() { ["broken"] = "MATCH (a RETURN a", ["undefined"] = "MATCH (a) RETURN b" });

        Assert.Equal(1, exit);
        Assert.Contains("FAIL broken", output);
        Assert.Contains("FAIL undefined", output);
    }

    private static async Task CollectStoreStatements(Dictionary<string, string> into)
    {
        using var server = ReplayServer.Start(request => Bodies.Empty(request));
        var store = new Neo4jGraphStore(server.Client());
        var token = TestContext.Current.CancellationToken;
        await Call("entities", () => store.GetEntitiesAsync(["economy:chile"], token));
        foreach (var direction in Enum.GetValues<Direction>())
        {
            await Call($"relations-{direction}", () => store.GetRelationsAsync(["economy:chile"], new RelationQuery { Direction = direction }, token));
            await Call($"relations-{direction}-typed", () => store.GetRelationsAsync(["economy:chile"], new RelationQuery { Direction = direction, Types = ["PROPOSED"] }, token));
        }
        await Call("list-plain", () => store.ListEntitiesAsync(new EntityQuery { First = 5 }, token));
        await Call("list-filtered", () => store.ListEntitiesAsync(new EntityQuery
        {
            Kind = EntityKind.Meeting,
            PropertyEquals = new Dictionary<string, string> { ["format"] = "VIRTUAL" },
            Dates = new DateSpanFilter(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31)),
            Related = [new RelatedFilter("HOSTED", Direction.In, "economy:malaysia"), new RelatedFilter("PART_OF", Direction.Out, "meeting:x"), new RelatedFilter("CHAIRED", Direction.Both, "economy:x")],
            AfterId = "meeting:a",
            First = 20,
        }, token));
        await Call("list-dated-from", () => store.ListEntitiesAsync(new EntityQuery { Dates = new DateSpanFilter(new DateOnly(2016, 1, 1), null) }, token));
        await Call("list-dated-to", () => store.ListEntitiesAsync(new EntityQuery { Dates = new DateSpanFilter(null, new DateOnly(2016, 12, 31)) }, token));
        await Call("list-dated-any", () => store.ListEntitiesAsync(new EntityQuery { Dates = new DateSpanFilter(null, null) }, token));
        foreach (var sort in Enum.GetValues<EntitySort>())
        foreach (var descending in new[] { false, true })
            await Call($"list-ordered-{sort}-{descending}", () => store.ListEntitiesAsync(new EntityQuery
            {
                Kind = EntityKind.Meeting, Dates = new DateSpanFilter(new DateOnly(2020, 1, 1), null), Order = new EntityOrder(sort, descending), AfterKey = "A", AfterId = "a",
            }, token));
        Grouping[] groupings = [new Grouping.Kind(), new Grouping.Year(), new Grouping.Property("status"), new Grouping.Related("PROPOSED", Direction.In),
            new Grouping.Related("DELIBERATED_AT", Direction.Out), new Grouping.RelationType()];
        foreach (var by in groupings)
            await Call($"counts-{by}", () => store.CountAsync(new GroupQuery
            {
                By = by, Filter = new EntityQuery { Kind = EntityKind.Proposal, Related = [new RelatedFilter("PROPOSED", Direction.In, "economy:x")] },
            }, token));
        await Call("search", () => store.SearchAsync(new SearchQuery("Ministry of Trade", [EntityKind.Organisation]), token));
        await Call("search-short", () => store.SearchAsync(new SearchQuery("mi"), token));
        await Call("list-prefetch", () => store.ListWithPrefetchAsync(new EntityQuery { Kind = EntityKind.Meeting, First = 50 }, Store.PrefetchStatementTests.ThreeLevels, token));
        await Call("lookup-prefetch", () => store.PrefetchAsync(["economy:chile"], Store.PrefetchStatementTests.ThreeLevels, token));
        await Call("list-prefetch-ordered", () => store.ListWithPrefetchAsync(new EntityQuery
        {
            Kind = EntityKind.Proposal, Related = [new RelatedFilter("PROPOSED", Direction.In, "economy:x")], Order = new EntityOrder(EntitySort.Name, true), AfterKey = "A", AfterId = "a",
        }, Store.PrefetchStatementTests.ThreeLevels, token));
        await Call("paths", () => store.FindPathsAsync(new PathQuery("economy:chile", "resolution:1540-2004", 5, 3), token));
        await Call("paths-same-entity", () => store.FindPathsAsync(new PathQuery("economy:chile", "economy:chile"), token));
        await Call("document-texts", () => store.GetDocumentTextsAsync(["document:miti-vesom-2020"], token));
        await Call("quoted-facts", () => store.GetQuotedFactsAsync(["document:miti-vesom-2020"], 100, token));
        await Call("status", () => store.GetStatusAsync(token));
        await Call("graph-info", () => store.GetGraphInfoAsync(token));

        async Task Call(string name, Func<Task> call)
        {
            var before = server.Requests.Count;
            try { await call(); }
            catch (Exception) { /* an empty answer may not decode; the statement was sent all the same */ }
            var sent = server.Requests.Skip(before).SelectMany(r => r.Statements).Select(s => s.Text).ToList();
            Assert.True(sent.Count > 0, $"{name} sent no statement");
            for (var i = 0; i < sent.Count; i++) into[$"store {name} #{i}"] = sent[i];
        }
    }

    private static void CollectImportStatements(Dictionary<string, string> into)
    {
        using var server = ReplayServer.Start(ImportCommandTests.WithHistory().Answer);
        var (exit, output) = ImportCommandTests.Import(server);
        Assert.True(exit == 0, output);
        // one statement per distinct text: the import repeats each batch statement per kind and type
        foreach (var (text, i) in server.Requests.SelectMany(r => r.Statements).Select(s => s.Text).Distinct().Select((t, i) => (t, i)))
            into[$"import #{i}"] = text;
    }

    private sealed class Linter(string folder)
    {
        public static Linter FindOrSkip([CallerFilePath] string source = "")
        {
            var folder = Path.GetDirectoryName(source)!;
            if (!File.Exists(Path.Combine(folder, "lint.js")))
                Assert.Skip($"Cypher lint skipped: {folder}/lint.js is not here (tests run outside the repository)");
            if (ExternalProgram.Run("node", "--version", folder).Exit != 0)
                Assert.Skip("Cypher lint skipped: Node.js is not installed (it runs Neo4j's Cypher parser from npm)");
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "@neo4j-cypher")))
            {
                var (exit, output) = ExternalProgram.Run("npm", "ci --no-audit --no-fund", folder);
                if (exit != 0) Assert.Skip($"Cypher lint skipped: npm ci failed in {folder}: {output}");
            }
            return new Linter(folder);
        }

        public (int Exit, string Output) Lint(Dictionary<string, string> statements)
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, JsonSerializer.Serialize(statements));
                return ExternalProgram.Run("node", $"lint.js \"{file}\"", folder);
            }
            finally
            {
                File.Delete(file);
            }
        }

    }
}
