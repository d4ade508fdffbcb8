using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>The graph store as one GraphQL request sees it (registered scoped): the shared store, with this request's
/// calls counted, for <c>extensions.cost</c> and the telemetry.</summary>
public sealed class RequestGraphStore(IGraphStore store) : IGraphStore
{
    private int _calls;

    /// <summary>Store calls this request has made so far.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Counted(store.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        Counted(store.GetRelationsAsync(entityIds, query, cancellationToken));

    public Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Counted(store.ListEntitiesAsync(query, cancellationToken));

    public Task<GroupCounts> CountAsync(GroupQuery query, CancellationToken cancellationToken = default) =>
        Counted(store.CountAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Counted(store.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Counted(store.FindPathsAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Counted(store.GetDocumentTextsAsync(documentIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>> GetQuotedFactsAsync(IReadOnlyCollection<string> documentIds, int limit, CancellationToken cancellationToken = default) =>
        Counted(store.GetQuotedFactsAsync(documentIds, limit, cancellationToken));

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Counted(store.GetStatusAsync(cancellationToken));

    public Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default) =>
        Counted(store.GetGraphInfoAsync(cancellationToken));

    /// <summary>Whether the store answers a list and a <see cref="PrefetchPlan"/> below it in one call (Neo4j; not the
    /// embedded store, which the batch loaders serve level by level in memory).</summary>
    public bool Prefetches => store is IPrefetchingGraphStore;

    /// <summary>A list with what <paramref name="plan"/> asks below it, in one call; only where <see cref="Prefetches"/>.</summary>
    public Task<(EntityPage Page, Prefetched Prefetched)> ListWithPrefetchAsync(EntityQuery query, PrefetchPlan plan, CancellationToken cancellationToken = default) =>
        Counted(((IPrefetchingGraphStore)store).ListWithPrefetchAsync(query, plan, cancellationToken));

    /// <summary>Entities by id with what <paramref name="plan"/> asks of them, in one call; only where <see cref="Prefetches"/>.</summary>
    public Task<Prefetched> PrefetchAsync(IReadOnlyCollection<string> ids, PrefetchPlan plan, CancellationToken cancellationToken = default) =>
        Counted(((IPrefetchingGraphStore)store).PrefetchAsync(ids, plan, cancellationToken));

    private Task<T> Counted<T>(Task<T> call)
    {
        Interlocked.Increment(ref _calls);
        return call;
    }
}
