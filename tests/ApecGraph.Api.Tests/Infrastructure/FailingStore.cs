using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API's real store, made to fail searches and status checks while <see cref="Failing"/> is set
/// (start-up still succeeds), to see how failures reach users.</summary>
public sealed class FailingStore(IGraphStore inner, Exception failure) : IGraphStore
{
    public bool Failing { get; set; }

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        inner.GetRelationsAsync(entityIds, query, cancellationToken);

    public Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        inner.ListEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Failing ? throw failure : inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        inner.FindPathsAsync(query, cancellationToken);

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Failing ? throw failure : inner.GetStatusAsync(cancellationToken);
}
