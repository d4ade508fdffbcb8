using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Neo4j.Import;

/// <summary>
/// Writes a validated graph into Neo4j. Idempotent: nodes and relationships are MERGEd on their ids and every property is
/// replaced, so running it twice gives the same database. Everything the graph no longer has is removed: each run tags
/// what it writes with a fresh run id and, at the end, deletes what lacks it.
/// <para>All or nothing: after the (idempotent) schema statements, all writes and removals go through ONE explicit
/// transaction, committed at the end. A failure anywhere before the commit leaves the database as it was (Neo4j rolls
/// the transaction back); if the connection drops during the commit itself, the outcome is unknown, and running the
/// import again is safe either way.</para>
/// </summary>
/// <param name="client">The Neo4j to write to.</param>
/// <param name="clock">The time stamped as the graph's <c>importedAt</c>; the system clock by default.</param>
public sealed class Neo4jImporter(Neo4jHttpClient client, TimeProvider? clock = null)
{
    public const int DefaultBatchSize = 500;

    /// <param name="graph">A graph that <see cref="Core.Loading.GraphLoader"/> found valid.</param>
    /// <param name="progress">Receives one line per batch written.</param>
    /// <param name="batchSize">Rows per statement (UNWIND $rows).</param>
    /// <param name="cancellationToken">Cancelling before the commit rolls everything back.</param>
    public async Task<ImportResult> ImportAsync(KnowledgeGraph graph, Action<string>? progress = null, int batchSize = DefaultBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        progress ??= _ => { };
        var run = Guid.NewGuid().ToString("N");

        var schemaDone = 0;
        try
        {
            foreach (var statement in ImportStatements.Schema)
            {
                await client.RunAsync(statement, cancellationToken).ConfigureAwait(false);
                schemaDone++;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportFailedException(schemaDone, e);
        }
        progress("schema: constraint on Entity.id and index on Entity.kind in place");

        try
        {
            return await WriteDataAsync(graph, progress, batchSize, run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportFailedException(schemaDone, e);
        }
    }

    private async Task<ImportResult> WriteDataAsync(KnowledgeGraph graph, Action<string> progress, int batchSize, string run,
        CancellationToken cancellationToken)
    {
        await using var transaction = await client.BeginAsync(cancellationToken).ConfigureAwait(false);
        var written = 0;
        foreach (var group in graph.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            foreach (var batch in group.Chunk(batchSize))
            {
                await transaction.RunAsync([ImportStatements.Entities(group.Key, [.. batch.Select(e => ImportRows.Entity(e, run, graph.DocumentTexts.GetValueOrDefault(e.Id)))])], cancellationToken)
                    .ConfigureAwait(false);
                written += batch.Length;
                progress($"entities {written}/{graph.Entities.Count}");
            }
        }
        written = 0;
        foreach (var group in graph.Relations.GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var batch in group.Chunk(batchSize))
            {
                await transaction.RunAsync([ImportStatements.Relations(group.Key, [.. batch.Select(r => ImportRows.Relation(r, run))])], cancellationToken)
                    .ConfigureAwait(false);
                written += batch.Length;
                progress($"relations {written}/{graph.Relations.Count}");
            }
        }

        var info = Core.Store.GraphInfo.Of(graph, (clock ?? TimeProvider.System).GetUtcNow());
        await transaction.RunAsync([ImportStatements.GraphInfo(info)], cancellationToken).ConfigureAwait(false);
        progress($"graph version {info.Version}");

        var results = await transaction.CommitAsync([.. ImportStatements.RemoveStale(run), Statements.Status()], cancellationToken).ConfigureAwait(false);
        var status = results[2].SingleRow();
        return new ImportResult(
            Rows.Int(status["entities"]), Rows.Int(status["relations"]),
            RemovedEntities: Rows.Int(results[1].SingleRow()["removed"]),
            RemovedRelations: Rows.Int(results[0].SingleRow()["removed"]))
        {
            Version = info.Version,
        };
    }
}
