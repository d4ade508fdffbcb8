using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;

namespace ApecGraph.Neo4j.Import;

/// <summary>One transaction of an import's write phase: its statements (one per kind or type present) and its rows.</summary>
internal sealed record ImportBatch(IReadOnlyList<CypherStatement> Statements, int Rows);

/// <summary>The write phase of an import as batches, produced lazily from the stream: only one batch's rows are ever held.</summary>
internal static class ImportBatches
{
    public static IEnumerable<ImportBatch> Entities(IGraphContent content, string gen, int size) =>
        content.Entities.Chunk(size).Select(chunk => new ImportBatch(
            [.. chunk.GroupBy(e => e.Kind).OrderBy(g => g.Key)
                .Select(g => ImportStatements.Entities(g.Key, [.. g.Select(e => ImportRows.Entity(e, gen, content.DocumentText(e.Id)))]))],
            chunk.Length));

    public static IEnumerable<ImportBatch> Relations(IGraphContent content, string gen, int size) =>
        content.Relations.Chunk(size).Select(chunk => new ImportBatch(
            [.. chunk.GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ImportStatements.Relations(g.Key, gen, [.. g.Select(r => ImportRows.Relation(r, gen))]))],
            chunk.Length));
}
