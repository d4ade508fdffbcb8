using GraphQL.DataLoader;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while a GraphQL level executes, then fetches them all
/// in one call when the execution strategy first awaits a result. One instance serves one request;
/// results are cached for the rest of it.
/// </summary>
/// <remarks>
/// Each key remembers the batch it was fetched in, and its result is read from that batch's answer. There is no task
/// per key and no continuation per key: with an in-memory store the fetch has completed by the time it returns, and
/// every result is then read synchronously (the profile of 2026-12-01 found one thread-pool hop per key, from a
/// <see cref="TaskCompletionSource"/> that ran continuations asynchronously, at a third of the request's CPU).
/// </remarks>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch = fetch;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Batch> _batchOf = [];
    private Batch? _collecting;

    /// <summary>A result for <paramref name="key"/>: default when the fetch returns no value for it.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out var batch))
            {
                batch = _collecting ??= new Batch(this);
                batch.Keys.Add(key);
                _batchOf[key] = batch;
            }
            return new Pending(batch, key);
        }
    }

    /// <summary>Answers <paramref name="keys"/> from <paramref name="found"/> (a key it lacks as default) without a fetch, as
    /// though they had been fetched together; keys already asked for keep their own batch.</summary>
    public void Prime(IEnumerable<TKey> keys, IReadOnlyDictionary<TKey, TValue> found)
    {
        var batch = new Batch(this, Task.FromResult(found));
        lock (_gate)
        {
            foreach (var key in keys) _batchOf.TryAdd(key, batch);
        }
    }

    /// <summary>The keys asked for together, and, once the first of them is awaited, their fetch.</summary>
    private sealed class Batch(BatchLoader<TKey, TValue> loader, Task<IReadOnlyDictionary<TKey, TValue>>? fetched = null)
    {
        public readonly List<TKey> Keys = [];
        private Task<IReadOnlyDictionary<TKey, TValue>>? _fetched = fetched;

        /// <summary>Starts the fetch the first time (closing the batch to new keys) and returns it.</summary>
        public Task<IReadOnlyDictionary<TKey, TValue>> Fetch(CancellationToken cancellationToken)
        {
            lock (loader._gate)
            {
                if (_fetched is null)
                {
                    if (loader._collecting == this) loader._collecting = null;
                    _fetched = Start(cancellationToken);
                }
                return _fetched;
            }
        }

        private Task<IReadOnlyDictionary<TKey, TValue>> Start(CancellationToken cancellationToken)
        {
            try
            {
                return loader._fetch(Keys, cancellationToken);
            }
            catch (Exception e)
            {
                return Task.FromException<IReadOnlyDictionary<TKey, TValue>>(e);
            }
        }
    }

    private sealed class Pending(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            LoaderResults.Map(batch.Fetch(cancellationToken), key, Pick);

        // What graphql-dotnet calls.
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            LoaderResults.Map(batch.Fetch(cancellationToken), key, static (found, key) => (object?)Pick(found, key));

        private static TValue? Pick(IReadOnlyDictionary<TKey, TValue> found, TKey key) => found.TryGetValue(key, out var value) ? value : default;
    }
}
