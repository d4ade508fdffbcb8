using System.Collections.Concurrent;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>Each document's quoted facts in <see cref="QuotedFact.InTextOrder"/>: its evidence rows are grouped at load
/// (linear time), and sorted the first time the document is asked for.</summary>
internal sealed class QuoteIndex
{
    private readonly CompactGraph graph;
    private readonly Adjacency rowsByDocument;
    private readonly ConcurrentDictionary<int, int[]> sorted = new();

    public QuoteIndex(CompactGraph graph)
    {
        this.graph = graph;
        var mentions = graph.FindType(Vocabulary.Mentions);
        // Entity rows, then the rows of relations other than MENTIONS.
        var rows = Enumerable.Range(0, graph.EvidenceCount)
            .Where(row => row < graph.EntityEvidenceStart[^1] || graph.Types[OwnerRelation(row)] != mentions)
            .ToArray();
        rowsByDocument = Adjacency.Build(graph.DocumentIds.Length, rows.Length, i => graph.EvidenceDocument[rows[i]], _ => -1);
        this.rows = rows;
    }

    private readonly int[] rows;

    /// <summary>The first <paramref name="take"/> quoted facts of the document with this id (none when it has no quotes).</summary>
    public QuotedFact[] First(string documentId, int take)
    {
        var document = graph.FindDocument(documentId);
        if (document < 0 || take <= 0) return [];
        var ordered = sorted.GetOrAdd(document, Sort);
        return [.. ordered.Take(take).Select(Fact)];
    }

    private int[] Sort(int document)
    {
        var facts = rowsByDocument[document].ToArray().Select(i => rows[i]).Select(row => (Row: row, Fact: Fact(row))).ToArray();
        Array.Sort(facts, (a, b) => QuotedFact.InTextOrder.Compare(a.Fact, b.Fact));
        return [.. facts.Select(f => f.Row)];
    }

    private QuotedFact Fact(int row)
    {
        if (row < graph.EntityEvidenceStart[^1])
        {
            var entity = Owner(graph.EntityEvidenceStart, row);
            return new QuotedFact(graph.Evidence(row), row - graph.EntityEvidenceStart[entity], null, graph.Entity(entity));
        }
        var relation = OwnerRelation(row);
        return new QuotedFact(graph.Evidence(row), row - graph.RelationEvidenceStart[relation], graph.Relation(relation), null);
    }

    private int OwnerRelation(int row) => Owner(graph.RelationEvidenceStart, row);

    // The item whose range [starts[i], starts[i+1]) holds the row: the last i with starts[i] <= row < starts[i+1].
    private static int Owner(int[] starts, int row)
    {
        int low = 0, high = starts.Length - 2;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (starts[mid] <= row) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
