using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;

namespace ApecGraph.Neo4j.Import;

/// <summary>One transaction of an import's write phase: its statements (one per kind or type present) and its rows.</summary>
internal sealed record ImportBatch(IReadOnlyList<CypherStatement> Statements, int Rows);

/// <summary>The write phase of an import as batches, produced lazily from the stream: only one batch's rows are ever held.</summary>
internal static class ImportBatches
{
    public static IEnumerable<ImportBatch> Entities(IGraphContent content, string gen, ImportOptions options) =>
        Chunks(content.Entities, options.EntityBatch, options.BatchChars, e => Chars(e.Evidence) + (e.Description?.Length ?? 0) + (content.DocumentText(e.Id)?.Length ?? 0))
            .Select(chunk => new ImportBatch(
                [.. chunk.GroupBy(e => e.Kind).OrderBy(g => g.Key)
                    .Select(g => ImportStatements.Entities(g.Key, [.. g.Select(e => ImportRows.Entity(e, gen, content.DocumentText(e.Id)))]))],
                chunk.Count));

    public static IEnumerable<ImportBatch> Relations(IGraphContent content, string gen, ImportOptions options) =>
        Chunks(content.Relations, options.RelationBatch, options.BatchChars, r => Chars(r.Evidence) + (r.Note?.Length ?? 0))
            .Select(chunk => new ImportBatch(
                [.. chunk.GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => ImportStatements.Relations(g.Key, gen, [.. g.Select(r => ImportRows.Relation(r, gen))]))],
                chunk.Count));

    /// <summary>Consecutive items, at most <paramref name="size"/> per chunk, a chunk closing once its text reaches
    /// <paramref name="maxChars"/> (a single larger item makes a chunk of its own).</summary>
    internal static IEnumerable<List<T>> Chunks<T>(IEnumerable<T> items, int size, int maxChars, Func<T, int> chars)
    {
        var chunk = new List<T>();
        long text = 0;
        foreach (var item in items)
        {
            chunk.Add(item);
            text += 100 + chars(item); // ids, names and the JSON around them
            if (chunk.Count < size && text < maxChars) continue;
            yield return chunk;
            chunk = [];
            text = 0;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private static int Chars(IReadOnlyList<Evidence> evidence)
    {
        var n = 0;
        foreach (var e in evidence) n += e.Quote.Length + e.DocumentId.Length;
        return n;
    }
}
