using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>Each document's quoted facts in <see cref="QuotedFact.InTextOrder"/>, built once at load.</summary>
internal static class QuoteIndex
{
    public static Dictionary<string, QuotedFact[]> Build(KnowledgeGraph graph)
    {
        var facts = new List<QuotedFact>();
        foreach (var entity in graph.Entities)
        {
            for (var i = 0; i < entity.Evidence.Count; i++) facts.Add(new QuotedFact(entity.Evidence[i], i, null, entity));
        }
        foreach (var relation in graph.Relations.Where(r => r.Type != Vocabulary.Mentions))
        {
            for (var i = 0; i < relation.Evidence.Count; i++) facts.Add(new QuotedFact(relation.Evidence[i], i, relation, null));
        }
        return facts.GroupBy(f => f.Evidence.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(QuotedFact.InTextOrder).ToArray(), StringComparer.Ordinal);
    }
}
