using GraphQL.DataLoader;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>Composes loader results without awaiting them, so that later loads still join a batch.</summary>
/// <remarks>Each step answers with a completed task, without an async state machine, when what it builds on has
/// already completed, as it has on the embedded store: most fields of a request take that path.</remarks>
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

    /// <summary><paramref name="map"/> of <paramref name="source"/>'s value and <paramref name="state"/>: at once when the
    /// value is there, else when it comes. The state lets callers pass a static lambda (no closure per call).</summary>
    internal static Task<TResult> Map<T, TState, TResult>(Task<T> source, TState state, Func<T, TState, TResult> map)
    {
        if (!source.IsCompletedSuccessfully) return Later(source, state, map);
        try
        {
            return Task.FromResult(map(source.Result, state));
        }
        catch (Exception e)
        {
            return Task.FromException<TResult>(e);
        }

        static async Task<TResult> Later(Task<T> source, TState state, Func<T, TState, TResult> map) =>
            map(await source.ConfigureAwait(false), state);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            Map(source.GetResultAsync(cancellationToken), map, static (value, map) => map(value));

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            Map(source.GetResultAsync(cancellationToken), map, static (value, map) => (object?)map(value));
    }

    private sealed class Bound<T>(IDataLoaderResult<T> source, Func<T, IDataLoaderResult> next) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            Map(source.GetResultAsync(cancellationToken), next, static (value, next) => (object?)next(value));
    }

    private sealed class Many<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var result = results[i].GetResultAsync(cancellationToken);
                if (!result.IsCompletedSuccessfully) return Rest(values, i, result, cancellationToken);
                values[i] = result.Result;
            }
            return Task.FromResult<IReadOnlyList<T>>(values);
        }

        private async Task<IReadOnlyList<T>> Rest(T[] values, int i, Task<T> current, CancellationToken cancellationToken)
        {
            values[i] = await current.ConfigureAwait(false);
            for (i++; i < values.Length; i++)
                values[i] = await results[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            return values;
        }

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            Map(GetResultAsync(cancellationToken), 0, static (values, _) => (object?)values);
    }
}
