using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API's real store, every call passed on; test stores override the calls they count, slow or fail.</summary>
public abstract class DelegatingStore(IGraphStore inner) : IGraphStore
{
    protected IGraphStore Inner { get; } = inner;

    public virtual Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Inner.GetEntitiesAsync(ids, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        Inner.GetRelationsAsync(entityIds, query, cancellationToken);

    public virtual Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Inner.ListEntitiesAsync(query, cancellationToken);

    public virtual Task<GroupCounts> CountAsync(GroupQuery query, CancellationToken cancellationToken = default) =>
        Inner.CountAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Inner.SearchAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Inner.FindPathsAsync(query, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Inner.GetDocumentTextsAsync(documentIds, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>> GetQuotedFactsAsync(IReadOnlyCollection<string> documentIds, int limit, CancellationToken cancellationToken = default) =>
        Inner.GetQuotedFactsAsync(documentIds, limit, cancellationToken);

    public virtual Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) => Inner.GetStatusAsync(cancellationToken);

    public virtual Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default) => Inner.GetGraphInfoAsync(cancellationToken);
}
