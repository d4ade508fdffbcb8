using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Documents;

/// <summary>Every document's text and quotes cost one store call each per GraphQL level, whatever the number of documents.</summary>
public sealed class QuotedByBatchingTests
{
    [Fact]
    public async Task Texts_and_quotes_of_every_document_cost_one_store_call_each()
    {
        CountingStore? store = null;
        using var api = new ApiFactory(wrapStore: inner => store = new CountingStore(inner));
        using var client = api.CreateClient();
        await client.QueryAsync("{ __typename }");
        store!.Reset();

        var data = await client.QueryAsync("""
            { documents(first: 10) { edges { node { id text quotedBy(first: 500) { evidence { start } relation { type } } } } } }
            """);

        var documents = data.GetProperty("documents").GetProperty("edges").EnumerateArray().ToList();
        Assert.True(documents.Count >= 3, $"only {documents.Count} documents");
        Assert.Equal(1, store.Calls.Count(c => c == nameof(CountingStore.GetQuotedFactsAsync)));
        Assert.Equal(1, store.Calls.Count(c => c == nameof(CountingStore.GetDocumentTextsAsync)));
        Assert.Equal(3, documents.Count(d => d.GetProperty("node").GetProperty("quotedBy").GetArrayLength() > 0));
    }
}
