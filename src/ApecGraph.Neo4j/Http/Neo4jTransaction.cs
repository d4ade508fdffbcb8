namespace ApecGraph.Neo4j.Http;

/// <summary>
/// An explicit transaction of the HTTP API (<c>/db/{db}/tx/{id}</c>). Neo4j rolls it back by itself when a statement
/// fails or when it sits idle past the server's timeout; <see cref="DisposeAsync"/> rolls back one that was neither
/// committed nor failed.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jHttpClient client;
    private readonly Uri path;
    private bool finished;

    internal Neo4jTransaction(Neo4jHttpClient client, Uri path)
    {
        this.client = client;
        this.path = path;
    }

    /// <summary>Runs statements inside the transaction (one request).</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, statements, cancellationToken);

    /// <summary>Runs the last statements and commits (one request).</summary>
    public async Task<IReadOnlyList<CypherResult>> CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        var results = await SendAsync(HttpMethod.Post, new Uri(path + "/commit"), statements, cancellationToken).ConfigureAwait(false);
        finished = true;
        return results;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (finished) return;
        finished = true;
        await client.SendOnceAsync(HttpMethod.Delete, path, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Best-effort rollback: if it fails too, the server drops the transaction when it times out.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Core.Store.GraphStoreUnavailableException or Neo4jQueryException or Neo4jResponseException)
        {
            // the server rolls back an abandoned transaction on its own
        }
    }

    private async Task<IReadOnlyList<CypherResult>> SendAsync(HttpMethod method, Uri target, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.SendOnceAsync(method, target, CypherRequest.Body(statements), cancellationToken).ConfigureAwait(false)).Results;
        }
        catch (Neo4jQueryException)
        {
            finished = true; // a failed statement has already rolled the transaction back on the server
            throw;
        }
    }
}
