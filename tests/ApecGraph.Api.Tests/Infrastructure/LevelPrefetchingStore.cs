using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>
/// The API's real store posing as a store that answers a list and its <see cref="PrefetchPlan"/> in one call, as Neo4j
/// does: here the plan is answered level by level with the inner store's own calls (what the plan means, not how Neo4j
/// runs it). The calls the API makes are counted by method name, the plan's inner calls are not, so that the count is
/// what a remote store would send: one statement per call. The plans asked for are kept.
/// </summary>
public sealed class LevelPrefetchingStore(IGraphStore inner) : DelegatingStore(inner), IPrefetchingGraphStore
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _calls = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<PrefetchPlan> _plans = new();

    public IReadOnlyList<string> Calls => [.. _calls];

    public IReadOnlyList<PrefetchPlan> Plans => [.. _plans];

    public void Reset()
    {
        _calls.Clear();
        _plans.Clear();
    }

    public async Task<(EntityPage Page, Prefetched Prefetched)> ListWithPrefetchAsync(EntityQuery query, PrefetchPlan plan, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue("ListEntitiesAsync+plan");
        _plans.Enqueue(plan);
        var page = await Inner.ListEntitiesAsync(query, cancellationToken);
        var prefetched = new Prefetched();
        await Answer(plan, [.. page.Items.Select(e => e.Id)], prefetched, cancellationToken);
        return (page, prefetched);
    }

    public async Task<Prefetched> PrefetchAsync(IReadOnlyCollection<string> ids, PrefetchPlan plan, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue("PrefetchAsync");
        _plans.Enqueue(plan);
        var prefetched = new Prefetched();
        var found = await Inner.GetEntitiesAsync(ids, cancellationToken);
        foreach (var (id, entity) in found) prefetched.Entities[id] = entity;
        await Answer(plan, [.. found.Keys], prefetched, cancellationToken);
        return prefetched;
    }

    private async Task Answer(PrefetchPlan plan, IReadOnlyCollection<string> ids, Prefetched into, CancellationToken cancellationToken)
    {
        foreach (var prefetch in plan.Relations)
        {
            var lists = await Inner.GetRelationsAsync(ids, prefetch.Query, cancellationToken);
            into.Relations.Add((prefetch.Query, lists.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
            if (prefetch.Ends is not { } ends) continue;
            var others = lists.SelectMany(p => p.Value.Select(r => r.Other(p.Key))).Distinct(StringComparer.Ordinal).ToList();
            var found = await Inner.GetEntitiesAsync(others, cancellationToken);
            foreach (var (id, entity) in found) into.Entities[id] = entity;
            await Answer(ends, [.. found.Keys], into, cancellationToken);
        }
    }

    public override Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetEntitiesAsync), base.GetEntitiesAsync(ids, cancellationToken));

    public override Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationsAsync), base.GetRelationsAsync(entityIds, query, cancellationToken));

    public override Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(ListEntitiesAsync), base.ListEntitiesAsync(query, cancellationToken));

    public override Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Count(nameof(GetDocumentTextsAsync), base.GetDocumentTextsAsync(documentIds, cancellationToken));

    private Task<T> Count<T>(string name, Task<T> call)
    {
        _calls.Enqueue(name);
        return call;
    }
}
