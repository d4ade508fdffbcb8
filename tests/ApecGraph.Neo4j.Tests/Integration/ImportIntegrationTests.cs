using ApecGraph.Cli;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Integration;

/// <summary>Import against a real Neo4j; skipped, with the reason, where none can be had.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class ImportIntegrationTests(Neo4jServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Importing_twice_gives_the_same_counts_and_leaves_one_generation()
    {
        var importer = new Neo4jImporter(server.Client());
        var graph = RepositoryGraph.Graph;

        var first = await importer.ImportAsync(graph, cancellationToken: Token);
        var second = await importer.ImportAsync(graph, cancellationToken: Token);

        Assert.Equal((graph.Entities.Count, graph.Relations.Count), (first.Entities, first.Relations));
        Assert.Equal((first.Entities, first.Relations), (second.Entities, second.Relations));
        Assert.Equal((first.Entities, first.Relations), (second.RemovedEntities, second.RemovedRelations)); // the first generation, deleted
        Assert.Equal((graph.Entities.Count, graph.Relations.Count, 1, second.Generation), await StoredAsync());
        var status = await new Neo4jGraphStore(server.Client()).GetStatusAsync(Token);
        Assert.Equal(("Neo4j", graph.Entities.Count, graph.Relations.Count), (status.Kind, status.Entities, status.Relations));
    }

    [Fact]
    public async Task A_reader_during_an_import_cancelled_halfway_sees_the_old_graph_throughout_and_a_rerun_finishes()
    {
        var graph = RepositoryGraph.Graph;
        var store = new Neo4jGraphStore(server.Client());
        await new Neo4jImporter(server.Client()).ImportAsync(graph, cancellationToken: Token);
        var before = await store.GetGraphInfoAsync(Token);
        var changed = graph with { Relations = [.. graph.Relations.Select((r, i) => i == 0 ? r with { Note = "changed" } : r)] };
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var seen = new List<(string? Version, int Total, int Relations)>();
        var importing = Task.Run(() => new Neo4jImporter(server.Client()).ImportAsync(changed, new ImportOptions { EntityBatch = 5, RelationBatch = 5 },
            // the first relations line comes with the first relations batch: every entity and 5 relations are in by then
            line => { if (line.StartsWith("relations", StringComparison.Ordinal)) cancel.Cancel(); }, cancel.Token), Token);
        while (!importing.IsCompleted)
        {
            var info = await store.GetGraphInfoAsync(Token);
            var total = (await store.ListEntitiesAsync(new EntityQuery { First = 1 }, Token)).TotalCount;
            var relations = (await store.GetRelationsAsync([graph.Relations[0].From], new RelationQuery { Limit = 1000 }, Token)).Values.Sum(l => l.Count);
            seen.Add((info?.Version, total, relations));
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importing);
        Assert.NotEmpty(seen);
        var expectedRelations = graph.Relations.Count(r => r.From == graph.Relations[0].From || r.To == graph.Relations[0].From);
        Assert.All(seen, s => Assert.Equal((before!.Version, graph.Entities.Count), (s.Version, s.Total)));
        Assert.All(seen, s => Assert.Equal(expectedRelations, s.Relations));
        Assert.Equal(before!.Version, (await store.GetGraphInfoAsync(Token))!.Version);
        var (_, _, generations, _) = await StoredAsync();
        Assert.Equal(2, generations); // the old one serving, the cancelled attempt's part beside it

        var rerun = await new Neo4jImporter(server.Client()).ImportAsync(graph, cancellationToken: Token);
        Assert.Equal((graph.Entities.Count, graph.Relations.Count, 1, rerun.Generation), await StoredAsync());
    }

    /// <summary>Everything stored, read with plain Cypher: entities, relationships, generations, and the one GraphInfo names.</summary>
    private async Task<(int Entities, int Relations, int Generations, string? Current)> StoredAsync()
    {
        var row = (await server.Client().RunAsync(new CypherStatement("""
            CALL { MATCH (e:Entity) RETURN count(e) AS entities, count(DISTINCT e.gen) AS generations }
            CALL { MATCH (:Entity)-[r]->() RETURN count(r) AS relations }
            OPTIONAL MATCH (g:GraphInfo {key: 'current'})
            RETURN entities, relations, generations, g.gen AS current
            """), Token)).SingleRow();
        return (Rows(row["entities"]), Rows(row["relations"]), Rows(row["generations"]), row["current"].GetString());
    }

    private static int Rows(System.Text.Json.JsonElement value) => ApecGraph.Neo4j.Mapping.Rows.Int(value);

    [Fact]
    public async Task Plain_cypher_reads_evidence_from_the_lists()
    {
        await new Neo4jImporter(server.Client()).ImportAsync(RepositoryGraph.Graph, cancellationToken: Token);
        var proposed = RepositoryGraph.Graph.Relations.First(r => r.Type == "PROPOSED" && r.Evidence.Count > 0);

        var row = (await server.Client().RunAsync(new CypherStatement("""
            MATCH (meta:GraphInfo {key: 'current'})
            MATCH (:Entity {id: $from, gen: meta.gen})-[r:PROPOSED]->(:Entity {id: $to})
            RETURN r.evidenceQuotes AS quotes, r.evidenceDocs AS docs
            """, new Dictionary<string, object?> { ["from"] = proposed.From, ["to"] = proposed.To }), Token)).SingleRow();

        Assert.Equal(proposed.Evidence.Select(e => e.Quote), row["quotes"].EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(proposed.Evidence.Select(e => e.DocumentId), row["docs"].EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task A_reimport_of_a_changed_graph_changes_the_stored_version()
    {
        var importer = new Neo4jImporter(server.Client());
        var store = new Neo4jGraphStore(server.Client());
        var graph = RepositoryGraph.Graph;
        var relation = graph.Relations.First(r => r.Evidence.Count > 0);
        var changed = graph with
        {
            Relations = [.. graph.Relations.Select(r => r == relation ? r with { Modality = Core.Model.Modality.Expected } : r)],
        };
        try
        {
            var first = await importer.ImportAsync(graph, cancellationToken: Token);
            var before = await store.GetGraphInfoAsync(Token);

            var second = await importer.ImportAsync(changed, cancellationToken: Token);
            var after = await store.GetGraphInfoAsync(Token);

            Assert.NotNull(before);
            Assert.NotNull(after);
            Assert.Equal(Core.Model.GraphVersion.Of(graph), before.Version);
            Assert.Equal(first.Version, before.Version);
            Assert.Equal(Core.Model.GraphVersion.Of(changed), after.Version);
            Assert.Equal(second.Version, after.Version);
            Assert.NotEqual(before.Version, after.Version);
            Assert.True(after.LoadedAt >= before.LoadedAt);
            Assert.Equal((graph.Entities.Count, graph.Relations.Count), (after.Entities, after.Relations));
            Assert.Equal(Core.Store.GraphInfo.Of(graph, before.LoadedAt).EntitiesByKind, before.EntitiesByKind);
        }
        finally
        {
            await importer.ImportAsync(graph, cancellationToken: Token); // the repository's graph again, for the other tests
        }
    }

    [Fact]
    public async Task An_invalid_graph_changes_nothing()
    {
        await new Neo4jImporter(server.Client()).ImportAsync(RepositoryGraph.Graph, cancellationToken: Token);
        var store = new Neo4jGraphStore(server.Client());
        var before = await store.GetStatusAsync(Token);
        var folder = Directory.CreateTempSubdirectory("apecgraph-invalid-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "seeds"));
            Directory.CreateDirectory(Path.Combine(folder, "graph-seeds"));
            File.WriteAllText(Path.Combine(folder, "graph-seeds", "bad.yaml"), "entities:\n  - id: economy:atlantis\n    kind: ECONOMY\n    name: Atlantis\n");
            var o = server.Options;
            string[] args = ["--graph", Path.Combine(folder, "graph-seeds"), "--uri", o.Uri!.ToString(), "--database", o.Database,
                .. o.User is null ? Array.Empty<string>() : ["--user", o.User]];
            // The password travels in the environment, as the CLI requires (never --password).
            var command = new ImportCommand(name => name == ImportCommand.PasswordVariable ? o.Password : null, promptPassword: () => null);

            var exit = command.Run(CliArguments.Parse(args, command.Options, command.Flags), TextWriter.Null);

            Assert.Equal(ExitCodes.Failed, exit);
            Assert.Equal(before, await store.GetStatusAsync(Token));
            Assert.Empty(await store.GetEntitiesAsync(["economy:atlantis"], Token));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
