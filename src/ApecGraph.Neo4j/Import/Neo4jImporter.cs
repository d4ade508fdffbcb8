using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Neo4j.Import;

/// <summary>
/// Writes a validated graph into Neo4j as a new generation, then switches readers to it, then deletes the old ones.
/// <list type="number">
/// <item>Schema (idempotent, each statement auto-committed), and the leftovers of a failed earlier attempt (any
/// generation that is not the current one) deleted.</item>
/// <item>The entities, then the relations, of a fresh generation, in batches (<see cref="ImportOptions"/>), each batch
/// its own transaction: nothing is held whole on either side. Readers do not see them: they read the generation the
/// <c>:GraphInfo</c> node names.</item>
/// <item>The switch: <c>:GraphInfo</c> names the new generation, its version and counts, in one small transaction, only
/// once every row is written and counted.</item>
/// <item>Every other generation deleted in batches.</item>
/// </list>
/// A failure before the switch leaves the old generation serving; running the import again removes what it left and
/// finishes. One import at a time: a second one started meanwhile would delete the first one's generation.
/// </summary>
/// <param name="client">The Neo4j to write to.</param>
/// <param name="clock">The time stamped as the graph's <c>importedAt</c>, and the progress clock; the system clock by default.</param>
public sealed class Neo4jImporter(Neo4jHttpClient client, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <inheritdoc cref="ImportAsync(IGraphContent, ImportOptions?, Action{string}?, CancellationToken)"/>
    public Task<ImportResult> ImportAsync(KnowledgeGraph graph, ImportOptions? options = null, Action<string>? progress = null,
        CancellationToken cancellationToken = default) =>
        ImportAsync(new KnowledgeGraphContent(graph ?? throw new ArgumentNullException(nameof(graph))), options, progress, cancellationToken);

    /// <param name="content">A graph that <see cref="Core.Loading.GraphLoader"/> found valid, as a stream.</param>
    /// <param name="options">Batch sizes.</param>
    /// <param name="progress">Receives progress lines (at most about one a second per phase).</param>
    /// <param name="cancellationToken">Cancelling before the switch leaves the old generation serving.</param>
    public async Task<ImportResult> ImportAsync(IGraphContent content, ImportOptions? options = null, Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new ImportOptions();
        options.Validate();
        progress ??= _ => { };
        var gen = Guid.NewGuid().ToString("N");

        await SchemaAsync(progress, cancellationToken).ConfigureAwait(false);
        string? current;
        var removed = new Tally();
        try
        {
            current = await CurrentGenerationAsync(cancellationToken).ConfigureAwait(false);
            await DeleteGenerationsExceptAsync(current, options, progress, "a failed earlier import's leftovers", removed, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportFailedException("Changed: the schema is in place; leftovers of a failed earlier import may be partly removed. "
                + "Not changed: the graph readers see. Running import again is safe.", e);
        }

        var info = new GraphInfo(content.Version, clock.GetUtcNow(), content.EntityCount, content.RelationCount, content.EntitiesByKind);
        var written = new Tally();
        try
        {
            await WriteAsync("entities", ImportBatches.Entities(content, gen, options), content.EntityCount, n => written.Entities += n, progress,
                cancellationToken).ConfigureAwait(false);
            await WriteAsync("relations", ImportBatches.Relations(content, gen, options), content.RelationCount, n => written.Relations += n, progress,
                cancellationToken).ConfigureAwait(false);
            if ((written.Entities, written.Relations) != (content.EntityCount, content.RelationCount))
                throw new Neo4jResponseException($"Neo4j wrote {written.Entities} entities and {written.Relations} relations of "
                    + $"{content.EntityCount} and {content.RelationCount}: a relation names an entity that is not in the graph");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportFailedException($"Not changed: the graph readers see (still generation {current ?? "none"}). The new generation {gen} is "
                + $"partly written ({written.Entities} entities, {written.Relations} relations committed in batches): the next import removes it. "
                + "Running import again is safe.", e);
        }

        try
        {
            await client.RunAsync(ImportStatements.GraphInfo(info, gen), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportFailedException($"Not changed, unless the connection dropped while Neo4j committed it: the switch of readers to the new "
                + $"generation {gen} (readers see generation {current ?? "none"}). Running import again is safe either way.", e);
        }
        progress($"switched readers to generation {gen}: graph version {info.Version}");

        try
        {
            await DeleteGenerationsExceptAsync(gen, options, progress, "the previous generations", removed, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportFailedException($"Changed: the new graph is in and serving (generation {gen}, version {info.Version}). "
                + "Not finished: deleting the previous generations; the next import deletes the rest.", e);
        }
        return new ImportResult(info.Entities, info.Relations, (int)removed.Entities, (int)removed.Relations) { Version = info.Version, Generation = gen };
    }

    /// <summary>The statements and bytes an import of <paramref name="content"/> would send in its write phase, each batch
    /// built and serialised as for Neo4j but sent nowhere: the client's side of an import, measured without a server.</summary>
    public static DryRunResult DryRun(IGraphContent content, ImportOptions? options = null, Action<string>? progress = null)
    {
        options ??= new ImportOptions();
        options.Validate();
        var result = new DryRunResult();
        foreach (var (phase, batches, total) in new[]
        {
            ("entities", ImportBatches.Entities(content, "dry-run", options), (long)content.EntityCount),
            ("relations", ImportBatches.Relations(content, "dry-run", options), content.RelationCount),
        })
        {
            var lines = new ImportProgress(phase, total, progress ?? (_ => { }), TimeProvider.System);
            foreach (var batch in batches)
            {
                var bytes = CypherRequest.Body(batch.Statements).Length;
                result.Add(batch.Statements.Count, batch.Rows, bytes);
                lines.Add(batch.Rows);
            }
        }
        return result;
    }

    /// <summary>The constraints and indexes the statements need, each created only if missing (also run on its own after
    /// an offline <c>neo4j-admin</c> import, which creates none).</summary>
    public async Task SchemaAsync(Action<string> progress, CancellationToken cancellationToken = default)
    {
        var done = 0;
        try
        {
            foreach (var (_, statement) in ImportStatements.Schema)
            {
                await client.RunAsync(statement, cancellationToken).ConfigureAwait(false);
                done++;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var items = ImportStatements.Schema.Select(s => s.What).ToList();
            throw new ImportFailedException(done == 0
                ? $"Nothing was changed: the first schema statement ({items[0]}) failed, and no data was sent. Running import again is safe."
                : $"Changed: {string.Join(", ", items.Take(done))} (made so only if not already). Not changed: {string.Join(", ", items.Skip(done))} "
                  + "(not run), and no data was sent. Running import again is safe.", e);
        }
        progress("schema: " + string.Join(", ", ImportStatements.Schema.Select(s => s.What)) + ": in place");
    }

    private async Task<string?> CurrentGenerationAsync(CancellationToken cancellationToken)
    {
        var rows = (await client.RunAsync(ImportStatements.CurrentGeneration(), cancellationToken).ConfigureAwait(false)).Rows;
        return rows.Count == 0 || rows[0]["gen"].ValueKind != System.Text.Json.JsonValueKind.String ? null : rows[0]["gen"].GetString();
    }

    /// <summary>Each batch in its own explicit transaction (never retried: a lost answer would leave a batch's outcome
    /// unknown), passing on the rows Neo4j says each committed batch wrote. The next batch is built while Neo4j commits
    /// this one, so the client's work overlaps the server's (two batches held at most).</summary>
    private async Task WriteAsync(string phase, IEnumerable<ImportBatch> batches, long total, Action<long> written, Action<string> progress,
        CancellationToken cancellationToken)
    {
        var lines = new ImportProgress(phase, total, progress, clock);
        using var source = batches.GetEnumerator();
        var next = Next();
        try
        {
            while (await next.ConfigureAwait(false) is { } batch)
            {
                next = Next();
                await using var transaction = await client.BeginAsync(cancellationToken).ConfigureAwait(false);
                var results = await transaction.CommitAsync(batch.Statements, cancellationToken).ConfigureAwait(false);
                written(results.Sum(r => (long)Rows.Int(r.SingleRow()["written"])));
                lines.Add(batch.Rows);
            }
        }
        finally
        {
            // the enumerator is disposed only once no batch is being built from it
            await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }
        if (total == 0) progress($"{phase} 0/0");

        Task<ImportBatch?> Next() => Task.Run(() => source.MoveNext() ? source.Current : null, CancellationToken.None);
    }

    /// <summary>Deletes every generation but <paramref name="keep"/> (and the nodes that have none, from before
    /// generations): relationships first, a bounded number per transaction, then the nodes they left bare.</summary>
    private async Task DeleteGenerationsExceptAsync(string? keep, ImportOptions options, Action<string> progress, string what, Tally removed,
        CancellationToken cancellationToken)
    {
        var rows = (await client.RunAsync(ImportStatements.Generations(), cancellationToken).ConfigureAwait(false)).Rows;
        var doomed = rows.Select(r => r["gen"].ValueKind == System.Text.Json.JsonValueKind.String ? r["gen"].GetString() : null)
            .Where(g => g != keep).ToList();
        if (doomed.Count == 0) return;
        progress($"deleting {what}: {doomed.Count} generation(s)");
        var nodes = Math.Max(1, options.DeleteBatch / 10);
        foreach (var gen in doomed)
        {
            while (true)
            {
                int relations;
                do
                {
                    relations = await RemovedAsync(ImportStatements.DeleteRelations(gen, nodes, options.DeleteBatch), cancellationToken).ConfigureAwait(false);
                    removed.Relations += relations;
                }
                while (relations == options.DeleteBatch);
                var entities = await RemovedAsync(ImportStatements.DeleteEntities(gen, nodes), cancellationToken).ConfigureAwait(false);
                removed.Entities += entities;
                if (entities < nodes) break;
            }
        }
        progress($"deleted {what}: {removed.Entities:N0} entities, {removed.Relations:N0} relations so far");
    }

    private async Task<int> RemovedAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        Rows.Int((await client.RunAsync(statement, cancellationToken).ConfigureAwait(false)).SingleRow()["removed"]);

    private sealed class Tally
    {
        public long Entities { get; set; }

        public long Relations { get; set; }
    }
}
