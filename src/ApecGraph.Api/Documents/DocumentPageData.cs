using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Documents;

/// <summary>Everything a document page shows: the document, its text, its quotes with their facts, and the entities
/// those facts name. Four store calls at most, whatever the number of quotes.</summary>
internal sealed record DocumentPageData(Entity Document, string? Text, IReadOnlyList<QuotedFact> Facts, IReadOnlyDictionary<string, Entity> Entities)
{
    /// <summary>The page's data, or null when <paramref name="id"/> is not a document of the graph.</summary>
    public static async Task<DocumentPageData?> LoadAsync(IGraphStore store, string id, CancellationToken cancellationToken)
    {
        var found = await store.GetEntitiesAsync([id], cancellationToken);
        if (!found.TryGetValue(id, out var document) || document.Kind != EntityKind.Document) return null;
        var texts = await store.GetDocumentTextsAsync([id], cancellationToken);
        var facts = (await store.GetQuotedFactsAsync([id], QuotedFact.MaxPerDocument, cancellationToken))[id];
        var ends = facts.Where(f => f.Relation is not null).SelectMany(f => new[] { f.Relation!.From, f.Relation.To })
            .Distinct(StringComparer.Ordinal).ToList();
        var entities = ends.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(ends, cancellationToken);
        return new DocumentPageData(document, texts.GetValueOrDefault(id), facts, entities);
    }
}
