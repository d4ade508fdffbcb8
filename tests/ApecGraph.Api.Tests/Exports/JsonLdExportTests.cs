using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Export;
using ApecGraph.Core.Model;

namespace ApecGraph.Api.Tests.Exports;

/// <summary><c>GET /export/graph.jsonld</c> expanded by jsonld.js with the context the API publishes at
/// <c>/export/context.jsonld</c> (safe mode: a term the context does not define fails), on every store.</summary>
public abstract class JsonLdExportTests(IApiUnderTest api)
{
    private const string Schema = "https://schema.org/";

    [Fact]
    public async Task Jsonld_expands_to_a_dataset_with_the_version_an_entity_per_entity_and_a_resource_per_relation()
    {
        var client = api.CreateClient();
        var graph = await ExportFixtures.GraphOfAsync(client);

        var expanded = await ExpandAsync(client);

        Assert.Equal(graph.Version, expanded.GetProperty("version").GetString());
        Assert.Equal(1 + graph.Entities + graph.Relations, expanded.GetProperty("nodes").GetInt32());
        var types = ExportReaders.Counts(expanded.GetProperty("typeCounts"));
        var vocabulary = new Uri(client.BaseAddress!, "vocab#").ToString();
        Assert.Equal(graph.Relations, types[vocabulary + "Relation"]);
        Assert.Equal(graph.EntitiesByKind["ECONOMY"], types[Schema + "AdministrativeArea"]);
        Assert.Equal(graph.EntitiesByKind["PERSON"], types[Schema + "Person"]);
        Assert.Equal(graph.EntitiesByKind["MEETING"], types[Schema + "Event"]);
        Assert.Equal(graph.EntitiesByKind["ORGANISATION"], types[Schema + "Organization"]);
        foreach (var (kind, count) in graph.EntitiesByKind)
            Assert.Equal(count, types[vocabulary + Enum.Parse<EntityKind>(kind, ignoreCase: true)]);
    }

    [Fact]
    public async Task Every_fact_derives_from_its_quotes_and_every_quote_is_the_graphs_quote_from_its_document()
    {
        var client = api.CreateClient();

        var expanded = await ExpandAsync(client);

        var repository = ExportFixtures.RepositoryGraph;
        Assert.Equal(repository.Entities.Sum(e => e.Evidence.Count) + repository.Relations.Sum(r => r.Evidence.Count),
            expanded.GetProperty("derived").GetInt32());
        var documentBase = new Uri(client.BaseAddress!, "entity/").ToString();
        var quotes = expanded.GetProperty("quotes").EnumerateArray()
            .Select(q => (q[0].GetString()!.Replace(documentBase, "", StringComparison.Ordinal), q[1].GetString()!)).ToHashSet();
        Assert.Equal(ExportFixtures.Quotes(repository).Order(), quotes.Order());
    }

    private static async Task<System.Text.Json.JsonElement> ExpandAsync(HttpClient client)
    {
        using var export = await ExportFixtures.DownloadAsync(client, "/export/graph.jsonld", JsonLdContext.MediaType);
        using var context = await ExportFixtures.DownloadAsync(client, "/export/context.jsonld", JsonLdContext.MediaType);
        return ExportReaders.ExpandJsonLd(export.Path, context.Path, new Uri(client.BaseAddress!, "export/context.jsonld").ToString());
    }
}

[Collection(SharedApi.Name)]
public sealed class JsonLdExportOnEmbeddedStore(RepositoryApi api) : JsonLdExportTests(api);

[Collection(Neo4jApiCollection.Name)]
public sealed class JsonLdExportOnNeo4j(Neo4jApi api) : JsonLdExportTests(api);
