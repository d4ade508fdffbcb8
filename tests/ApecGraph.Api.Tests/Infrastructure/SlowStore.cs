using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API's real store, with searches held until <see cref="Release"/> or until their token is cancelled
/// (which it records), to see what a slow store does to a request.</summary>
public sealed class SlowStore(IGraphStore inner) : DelegatingStore(inner)
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a held search saw its cancellation token fire.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first search is being held.</summary>
    public Task Entered => _entered.Task;

    private int _searches;

    /// <summary>Searches the store was asked for.</summary>
    public int Searches => Volatile.Read(ref _searches);

    public void Release() => _release.TrySetResult();

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _searches);
        _entered.TrySetResult();
        try
        {
            await _release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }
        return await Inner.SearchAsync(query, cancellationToken);
    }
}
