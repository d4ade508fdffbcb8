using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Cli;
using ApecGraph.Core.Model;

namespace ApecGraph.Api.Tests.Exports;

/// <summary><c>ApecGraph.Cli export --uri ...</c> reading a real Neo4j that holds the repository graph (skipped, with the
/// reason, without one), read back by networkx and compared with the graph as Core's loader reads it.</summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class CliExportOnNeo4jTests(Neo4jApi api) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("apecgraph-export-neo4j-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Graphml_from_neo4j_has_the_whole_graph_and_its_version()
    {
        var options = api.Options;
        var file = Path.Combine(folder, "graph.graphml");
        string[] args = ["--format", "graphml", "--out", file, "--uri", options.Uri!.ToString(), "--database", options.Database,
            .. options.User is null ? Array.Empty<string>() : ["--user", options.User]];
        using var output = new StringWriter();

        var exit = new ExportCommand(name => name == ImportCommand.PasswordVariable ? options.Password : null)
            .Run(CliArguments.Parse(args, new ExportCommand().Options), output);

        Assert.True(exit == ExitCodes.Ok, output.ToString());
        var graph = ExportFixtures.RepositoryGraph;
        var read = ExportReaders.Read("graphml", file);
        Assert.Equal(GraphVersion.Of(graph), read.GetProperty("version").GetString());
        Assert.Equal((graph.Entities.Count, graph.Relations.Count), (read.GetProperty("nodes").GetInt32(), read.GetProperty("edges").GetInt32()));
        Assert.Equal(ExportFixtures.Quotes(graph).Order(), ExportFixtures.Quotes(read).Order());
    }
}
