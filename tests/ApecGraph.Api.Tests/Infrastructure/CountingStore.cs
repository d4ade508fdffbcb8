using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API's real store, with every call counted by method name.</summary>
public sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _calls = new();

    public IReadOnlyList<string> Calls => [.. _calls];

    public void Reset() => _calls.Clear();

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetEntitiesAsync), () => inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationsAsync), () => inner.GetRelationsAsync(entityIds, query, cancellationToken));

    public Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(ListEntitiesAsync), () => inner.ListEntitiesAsync(query, cancellationToken));

    public Task<GroupCounts> CountAsync(GroupQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(CountAsync), () => inner.CountAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(SearchAsync), () => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(FindPathsAsync), () => inner.FindPathsAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Count(nameof(GetDocumentTextsAsync), () => inner.GetDocumentTextsAsync(documentIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>> GetQuotedFactsAsync(IReadOnlyCollection<string> documentIds, int limit, CancellationToken cancellationToken = default) =>
        Count(nameof(GetQuotedFactsAsync), () => inner.GetQuotedFactsAsync(documentIds, limit, cancellationToken));

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) => inner.GetStatusAsync(cancellationToken);

    // Not counted, like the status: the API's version refresh calls it in the background, not a request.
    public Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default) => inner.GetGraphInfoAsync(cancellationToken);

    private Task<T> Count<T>(string name, Func<Task<T>> call)
    {
        _calls.Enqueue(name);
        return call();
    }
}
