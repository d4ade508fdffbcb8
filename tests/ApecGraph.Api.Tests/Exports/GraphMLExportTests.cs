using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Export;

namespace ApecGraph.Api.Tests.Exports;

/// <summary><c>GET /export/graph.graphml</c> read back by networkx (<c>read_graphml</c>): the graph's counts, version,
/// relation ids and quotes, on every store.</summary>
public abstract class GraphMLExportTests(IApiUnderTest api)
{
    [Fact]
    public async Task Networkx_reads_the_whole_graph_as_a_multidigraph_with_the_graphs_counts_and_version()
    {
        var client = api.CreateClient();
        var graph = await ExportFixtures.GraphOfAsync(client);
        using var file = await ExportFixtures.DownloadAsync(client, "/export/graph.graphml", GraphMLExport.MediaType);

        var read = ExportReaders.Read("graphml", file.Path);

        Assert.Equal("MultiDiGraph", read.GetProperty("type").GetString());
        Assert.Equal(graph.Version, read.GetProperty("version").GetString());
        Assert.Equal(graph.Entities, read.GetProperty("nodes").GetInt32());
        Assert.Equal(graph.Relations, read.GetProperty("edges").GetInt32());
        var elements = ExportReaders.Counts(read.GetProperty("elements"));
        Assert.Equal((graph.Entities, graph.Relations, 1), (elements["node"], elements["edge"], elements["graph"]));
        Assert.Equal(graph.EntitiesByKind.OrderBy(p => p.Key), ExportReaders.Counts(read.GetProperty("kinds")).OrderBy(p => p.Key));
        var repository = ExportFixtures.RepositoryGraph;
        Assert.Equal(repository.Relations.Select(r => r.Id).Order(StringComparer.Ordinal),
            read.GetProperty("edgeIds").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(repository.Relations.CountBy(r => r.Type).OrderBy(p => p.Key),
            ExportReaders.Counts(read.GetProperty("types")).OrderBy(p => p.Key));
        Assert.Contains("MENTIONS", ExportReaders.Counts(read.GetProperty("types")).Keys);
    }

    [Fact]
    public async Task Every_quote_in_the_graphml_is_the_graphs_quote_and_every_quote_of_the_graph_is_there()
    {
        using var file = await ExportFixtures.DownloadAsync(api.CreateClient(), "/export/graph.graphml", GraphMLExport.MediaType);

        var read = ExportReaders.Read("graphml", file.Path);

        Assert.Equal(ExportFixtures.Quotes(ExportFixtures.RepositoryGraph).Order(), ExportFixtures.Quotes(read).Order());
    }

    [Fact]
    public async Task A_node_carries_kind_name_aliases_and_its_properties()
    {
        using var file = await ExportFixtures.DownloadAsync(api.CreateClient(), "/export/graph.graphml", GraphMLExport.MediaType);

        var malaysia = ExportReaders.Read("graphml", file.Path).GetProperty("sample").GetProperty("economy:malaysia");

        var expected = ExportFixtures.RepositoryGraph.Entities.Single(e => e.Id == "economy:malaysia");
        Assert.Equal("ECONOMY", malaysia.GetProperty("kind").GetString());
        Assert.Equal(expected.Name, malaysia.GetProperty("name").GetString());
        Assert.Equal(string.Join(" | ", expected.Aliases), malaysia.TryGetProperty("aliases", out var a) ? a.GetString() : "");
        foreach (var (key, value) in expected.Properties)
            Assert.Equal(value, malaysia.GetProperty(key).GetString());
    }
}

[Collection(SharedApi.Name)]
public sealed class GraphMLExportOnEmbeddedStore(RepositoryApi api) : GraphMLExportTests(api);

[Collection(Neo4jApiCollection.Name)]
public sealed class GraphMLExportOnNeo4j(Neo4jApi api) : GraphMLExportTests(api);
