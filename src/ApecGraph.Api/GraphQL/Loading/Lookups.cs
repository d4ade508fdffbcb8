using ApecGraph.Api.GraphQL.Entities;
using GraphQL;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>The root lookups by id. On a store that prefetches (Neo4j), a lookup whose selection follows relations
/// fetches the entities and those levels in one call and primes the loaders with them; elsewhere, and when the
/// selection follows none, the entities come from the request's entity loader (one batch with every other lookup).</summary>
public static class Lookups
{
    /// <summary>The loader result <paramref name="load"/> makes of the request's loaders, once the entities with
    /// <paramref name="ids"/> and what the selection asks of them are primed where that saves round trips.</summary>
    public static async Task<object?> Resolve(IResolveFieldContext context, IReadOnlyCollection<string> ids, Func<GraphLoaders, object?> load)
    {
        var store = context.Store();
        if (ids.Count > 0 && store.Prefetches && PrefetchPlanner.ForLookup(context) is { IsEmpty: false } plan)
            context.Loaders().Prime(await store.PrefetchAsync(ids, plan, context.CancellationToken), ids);
        return load(context.Loaders());
    }
}
