using ApecGraph.Core.Model;

namespace ApecGraph.Core.Store;

/// <summary>
/// What the GraphQL layer asks of a graph store. Every call takes many keys at once so that a
/// remote store (Neo4j) answers a whole GraphQL level in one round trip.
/// </summary>
public interface IGraphStore
{
    /// <summary>The entities with these ids; ids that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>For each of <paramref name="entityIds"/>, its relations that match <paramref name="query"/>, ordered by type, then id,
    /// at most <see cref="RelationQuery.Limit"/> of them (the first in that order).
    /// Every requested id is a key of the result (with an empty list where nothing matches).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>A filtered page of entities, in <see cref="EntityQuery.Order"/> (by id unless set), with keyset paging on (sort key, id).</summary>
    Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>Grouped counts of the entities a list with <see cref="GroupQuery.Filter"/> would hold (or of relations by
    /// type), in one call; see <see cref="GroupQuery"/> for the keys and the order.</summary>
    Task<GroupCounts> CountAsync(GroupQuery query, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or alias matches the text, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Shortest paths between two entities, bounded in hops and count; empty when none is within reach.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>The source texts of these documents, by id; ids that do not exist or have no source text are absent.</summary>
    Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);

    /// <summary>For each of <paramref name="documentIds"/>, every quote of it with the fact it supports, in
    /// <see cref="QuotedFact.InTextOrder"/>, the first <paramref name="limit"/> (at most <see cref="QuotedFact.MaxPerDocument"/>).
    /// Every requested id is a key of the result.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>> GetQuotedFactsAsync(IReadOnlyCollection<string> documentIds, int limit, CancellationToken cancellationToken = default);

    /// <summary>Counts, for health checks and start-up; throws if the store cannot be reached.</summary>
    Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>The version, load (or import) time and counts of the graph served; null when the store holds a graph with
    /// no version recorded (a Neo4j imported before versions were). Throws if the store cannot be reached.</summary>
    Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default);
}
