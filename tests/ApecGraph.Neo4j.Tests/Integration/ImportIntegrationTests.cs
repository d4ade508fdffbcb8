using ApecGraph.Cli;
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
    public async Task Importing_twice_gives_the_same_counts_and_removes_nothing_the_second_time()
    {
        var importer = new Neo4jImporter(server.Client());
        var graph = RepositoryGraph.Graph;

        var first = await importer.ImportAsync(graph, cancellationToken: Token);
        var second = await importer.ImportAsync(graph, cancellationToken: Token);

        Assert.Equal((graph.Entities.Count, graph.Relations.Count), (first.Entities, first.Relations));
        Assert.Equal((first.Entities, first.Relations, 0, 0), (second.Entities, second.Relations, second.RemovedEntities, second.RemovedRelations));
        var status = await new Neo4jGraphStore(server.Client()).GetStatusAsync(Token);
        Assert.Equal(("Neo4j", graph.Entities.Count, graph.Relations.Count), (status.Kind, status.Entities, status.Relations));
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
