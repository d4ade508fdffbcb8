using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API's real store, made to fail searches and status checks while <see cref="Failing"/> is set
/// (start-up still succeeds), to see how failures reach users.</summary>
public sealed class FailingStore(IGraphStore inner, Exception failure) : DelegatingStore(inner)
{
    public bool Failing { get; set; }

    public override Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Failing ? throw failure : Inner.SearchAsync(query, cancellationToken);

    public override Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Failing ? throw failure : Inner.GetStatusAsync(cancellationToken);
}
