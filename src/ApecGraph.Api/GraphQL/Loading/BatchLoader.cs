using GraphQL.DataLoader;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while a GraphQL level executes, then fetches them all
/// in one call when the execution strategy first awaits a result. One instance serves one request;
/// results are cached for the rest of it.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _results = [];
    private List<TKey> _pending = [];
    private TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>? _batch;

    /// <summary>A result for <paramref name="key"/>: default when the fetch returns no value for it.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                _batch ??= new(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending.Add(key);
                result = Pick(_batch.Task, key);
                _results[key] = result;
            }
            return new Pending(this, result);
        }
    }

    private static async Task<TValue?> Pick(Task<IReadOnlyDictionary<TKey, TValue>> batch, TKey key) =>
        (await batch.ConfigureAwait(false)).TryGetValue(key, out var value) ? value : default;

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_gate)
        {
            if (_batch is null) return;
            (keys, batch, _pending, _batch) = (_pending, _batch, [], null);
        }
        try
        {
            batch.SetResult(await fetch(keys, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e)
        {
            batch.SetException(e);
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Task<TValue?> result) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
            return await result.ConfigureAwait(false);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
