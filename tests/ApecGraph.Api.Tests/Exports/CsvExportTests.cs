using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Export;

namespace ApecGraph.Api.Tests.Exports;

/// <summary><c>GET /export/nodes.csv</c> and <c>/export/edges.csv</c> read back by Python's csv module (strict), on every store.</summary>
public abstract class CsvExportTests(IApiUnderTest api)
{
    [Fact]
    public async Task Pythons_csv_reads_a_row_per_entity_and_per_relation_with_the_graph_version()
    {
        var client = api.CreateClient();
        var graph = await ExportFixtures.GraphOfAsync(client);
        using var nodes = await ExportFixtures.DownloadAsync(client, "/export/nodes.csv", CsvExport.MediaType);
        using var edges = await ExportFixtures.DownloadAsync(client, "/export/edges.csv", CsvExport.MediaType);

        var read = ExportReaders.Read("csv", nodes.Path, edges.Path);

        Assert.Equal(graph.Entities, read.GetProperty("nodes").GetInt32());
        Assert.Equal(graph.Relations, read.GetProperty("edges").GetInt32());
        Assert.Equal([graph.Version], read.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(graph.EntitiesByKind.OrderBy(p => p.Key), ExportReaders.Counts(read.GetProperty("kinds")).OrderBy(p => p.Key));
        var repository = ExportFixtures.RepositoryGraph;
        Assert.Equal(repository.Relations.Select(r => r.Id).Order(StringComparer.Ordinal),
            read.GetProperty("edgeIds").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(["id", "type", "from", "to", "role", "date", "status", "modality", "note", "evidence", "graph_version"],
            read.GetProperty("edgeColumns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["id", "kind", "name", "aliases", "description"],
            read.GetProperty("nodeColumns").EnumerateArray().Take(5).Select(c => c.GetString()));
    }

    [Fact]
    public async Task Every_quote_in_the_csv_is_the_graphs_quote_and_a_node_row_has_its_properties()
    {
        var client = api.CreateClient();
        using var nodes = await ExportFixtures.DownloadAsync(client, "/export/nodes.csv", CsvExport.MediaType);
        using var edges = await ExportFixtures.DownloadAsync(client, "/export/edges.csv", CsvExport.MediaType);

        var read = ExportReaders.Read("csv", nodes.Path, edges.Path);

        var repository = ExportFixtures.RepositoryGraph;
        Assert.Equal(ExportFixtures.Quotes(repository).Order(), ExportFixtures.Quotes(read).Order());
        var malaysia = read.GetProperty("sample").GetProperty("economy:malaysia");
        var expected = repository.Entities.Single(e => e.Id == "economy:malaysia");
        Assert.Equal(expected.Name, malaysia.GetProperty("name").GetString());
        foreach (var (key, value) in expected.Properties)
            Assert.Equal(value, malaysia.GetProperty(key).GetString());
    }
}

[Collection(SharedApi.Name)]
public sealed class CsvExportOnEmbeddedStore(RepositoryApi api) : CsvExportTests(api);

[Collection(Neo4jApiCollection.Name)]
public sealed class CsvExportOnNeo4j(Neo4jApi api) : CsvExportTests(api);
