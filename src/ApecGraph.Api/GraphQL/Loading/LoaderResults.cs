using GraphQL.DataLoader;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>Composes loader results without awaiting them, so that later loads still join a batch.</summary>
public static class LoaderResults
{
    /// <summary>Maps a result once it is available.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new Mapped<T, TResult>(source, map);

    /// <summary>Continues with another load once a result is available. graphql-dotnet queues the
    /// returned loader result for its next round, so the second load batches across the whole level.</summary>
    public static IDataLoaderResult ThenLoad<T>(this IDataLoaderResult<T> source, Func<T, IDataLoaderResult> next) =>
        new Bound<T>(source, next);

    /// <summary>All of <paramref name="results"/>, in order.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IReadOnlyList<IDataLoaderResult<T>> results) =>
        new Many<T>(results);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Bound<T>(IDataLoaderResult<T> source, Func<T, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));
    }

    private sealed class Many<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < values.Length; i++)
                values[i] = await results[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
