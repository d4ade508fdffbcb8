using ApecGraph.Core.Model;

namespace ApecGraph.Core.Store;

/// <summary>
/// What a GraphQL selection will ask of a set of entities below a root list, read before it runs: for each relation
/// query its navigation fields use (<see cref="Relations"/>), whether the other ends are needed and, if so, what will be
/// asked of them in turn. A remote store answers a whole plan in one round trip (<see cref="IPrefetchingGraphStore"/>).
/// </summary>
public sealed record PrefetchPlan(IReadOnlyList<RelationPrefetch> Relations)
{
    /// <summary>The most levels of relations a plan follows below its roots; deeper levels load as they resolve.</summary>
    public const int MaxDepth = 3;

    public static PrefetchPlan Empty { get; } = new([]);

    public bool IsEmpty => Relations.Count == 0;

    /// <summary>How many levels of relations this plan follows.</summary>
    public int Depth => Relations.Count == 0 ? 0 : 1 + Relations.Max(r => r.Ends?.Depth ?? 0);
}

/// <summary>The relations of each entity that match <paramref name="Query"/> (as <see cref="IGraphStore.GetRelationsAsync"/>
/// answers them) and, when <paramref name="Ends"/> is set, the entities at their other ends with what that plan asks of them.</summary>
public sealed record RelationPrefetch(RelationQuery Query, PrefetchPlan? Ends);

/// <summary>What a store fetched for a <see cref="PrefetchPlan"/>: entities by id, and for each relation prefetch of the plan
/// (in the plan's depth-first order, one entry per <see cref="RelationPrefetch"/>), the relations of every entity it was
/// asked for, each list exactly as <see cref="IGraphStore.GetRelationsAsync"/> returns it.</summary>
public sealed class Prefetched
{
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    public List<(RelationQuery Query, Dictionary<string, IReadOnlyList<Relation>> Lists)> Relations { get; } = [];
}

/// <summary>A store that can answer a root list together with a <see cref="PrefetchPlan"/> below it in one round trip.
/// Stores that hold the graph in memory do not need to: the request's batch loaders serve each level as it resolves.</summary>
public interface IPrefetchingGraphStore
{
    /// <summary>The page <see cref="IGraphStore.ListEntitiesAsync"/> returns for <paramref name="query"/>, and what
    /// <paramref name="plan"/> asks of its items (and of the one more entity fetched to know whether a page follows).</summary>
    Task<(EntityPage Page, Prefetched Prefetched)> ListWithPrefetchAsync(EntityQuery query, PrefetchPlan plan, CancellationToken cancellationToken = default);

    /// <summary>The entities with these ids that exist (as <see cref="IGraphStore.GetEntitiesAsync"/> finds them, in
    /// <see cref="Prefetched.Entities"/>), and what <paramref name="plan"/> asks of them.</summary>
    Task<Prefetched> PrefetchAsync(IReadOnlyCollection<string> ids, PrefetchPlan plan, CancellationToken cancellationToken = default);
}
