using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>The statements behind a document's text and its quoted facts (<see cref="IGraphStore.GetDocumentTextsAsync"/>,
/// <see cref="IGraphStore.GetQuotedFactsAsync"/>), over what the import writes: the <c>text</c> property of a document's
/// node and each node's and relationship's evidence documents, starts and ends as parallel lists.</summary>
internal static class QuoteStatement
{
    public static CypherStatement Texts(IReadOnlyCollection<string> ids) => new($"""
        {Stored.CurrentGeneration}
        UNWIND $ids AS id
        MATCH (d:Entity {"{"}id: id, gen: gen{"}"})
        WHERE d.{Stored.Text} IS NOT NULL
        RETURN d.id AS id, d.{Stored.Text} AS text
        LIMIT $limit
        """, new Dictionary<string, object?> { ["ids"] = ids, ["limit"] = ids.Count });

    /// <summary>Per document, its quotes in <see cref="QuotedFact.InTextOrder"/> (start, end, entities before relations,
    /// fact id, evidence index), the first <c>$limit</c>; each row names the evidence by its index in the fact's list.</summary>
    public static CypherStatement Facts(IReadOnlyCollection<string> ids, int limit) => new($$"""
        {{Stored.CurrentGeneration}}
        UNWIND $ids AS doc
        CALL (doc, gen) {
          MATCH (e:Entity {gen: gen})
          WHERE doc IN e.{{Stored.EvidenceDocs}}
          UNWIND range(0, size(e.{{Stored.EvidenceDocs}}) - 1) AS i
          WITH e, i
          WHERE e.{{Stored.EvidenceDocs}}[i] = doc
          RETURN e.{{Stored.EvidenceStarts}}[i] AS quoteStart, e.{{Stored.EvidenceEnds}}[i] AS quoteEnd, 0 AS side, e.id AS factId, i AS evidenceIndex,
                 e {{Stored.EntityProjection}} AS entity, null AS relation
          UNION ALL
          MATCH (:Entity {gen: gen})-[r]->(:Entity)
          WHERE doc IN r.{{Stored.EvidenceDocs}} AND type(r) <> $mentions
          UNWIND range(0, size(r.{{Stored.EvidenceDocs}}) - 1) AS i
          WITH r, i
          WHERE r.{{Stored.EvidenceDocs}}[i] = doc
          RETURN r.{{Stored.EvidenceStarts}}[i] AS quoteStart, r.{{Stored.EvidenceEnds}}[i] AS quoteEnd, 1 AS side, r.id AS factId, i AS evidenceIndex,
                 null AS entity, {{Stored.RelationProjection("r")}} AS relation
        }
        WITH doc, quoteStart, quoteEnd, side, factId, evidenceIndex, entity, relation
        ORDER BY doc, quoteStart, quoteEnd, side, factId, evidenceIndex
        WITH doc, collect({evidenceIndex: evidenceIndex, entity: entity, relation: relation})[..$limit] AS kept
        UNWIND kept AS k
        RETURN doc, k.evidenceIndex AS evidenceIndex, k.entity AS entity, k.relation AS relation
        """, new Dictionary<string, object?> { ["ids"] = ids, ["limit"] = limit, ["mentions"] = Vocabulary.Mentions });
}
