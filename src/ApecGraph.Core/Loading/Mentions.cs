using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>
/// Derives <c>document -MENTIONS-> entity</c>: a document mentions every entity whose evidence, or whose
/// relations' evidence, quotes it. The mention's evidence is the distinct quotes, a few at most.
/// </summary>
public static class Mentions
{
    /// <summary>Quotes kept as evidence on one MENTIONS relation.</summary>
    public const int MaxQuotes = 3;

    public static string IdFor(string documentId, string entityId) => $"{documentId}|{Vocabulary.Mentions}|{entityId}";

    /// <summary>The MENTIONS relations implied by the evidence, ordered by document id then entity id.</summary>
    public static IReadOnlyList<Relation> Derive(IEnumerable<Entity> entities, IEnumerable<Relation> relations)
    {
        var quotes = new Dictionary<(string Document, string Entity), List<Evidence>>();
        void Add(string document, string entity, Evidence quote)
        {
            if (document == entity)
            {
                return; // a document's own evidence quotes itself; that is not a mention
            }
            if (!quotes.TryGetValue((document, entity), out var list))
            {
                quotes[(document, entity)] = list = [];
            }
            if (list.Count < MaxQuotes && !list.Exists(kept => kept.Quote == quote.Quote))
            {
                list.Add(new Evidence(document, quote.Quote) { Start = quote.Start, End = quote.End });
            }
        }

        foreach (var entity in entities)
        {
            foreach (var evidence in entity.Evidence)
            {
                Add(evidence.DocumentId, entity.Id, evidence);
            }
        }
        foreach (var relation in relations.Where(r => r.Type != Vocabulary.Mentions))
        {
            foreach (var evidence in relation.Evidence)
            {
                Add(evidence.DocumentId, relation.From, evidence);
                Add(evidence.DocumentId, relation.To, evidence);
            }
        }

        return [.. quotes
            .OrderBy(pair => pair.Key.Document, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Entity, StringComparer.Ordinal)
            .Select(pair => new Relation
            {
                Id = IdFor(pair.Key.Document, pair.Key.Entity),
                Type = Vocabulary.Mentions,
                From = pair.Key.Document,
                To = pair.Key.Entity,
                Evidence = pair.Value,
            })];
    }
}
