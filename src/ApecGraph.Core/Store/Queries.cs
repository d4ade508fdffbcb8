using ApecGraph.Core.Model;

namespace ApecGraph.Core.Store;

/// <summary>Direction of a relation seen from an entity.</summary>
public enum Direction { Out, In, Both }

/// <summary>Which relations of an entity to fetch.</summary>
public sealed record RelationQuery
{
    /// <summary>Relation types to keep; null or empty keeps every type.</summary>
    public IReadOnlyCollection<string>? Types { get; init; }
    public Direction Direction { get; init; } = Direction.Both;

    /// <summary>At most this many relations per entity: the first in (type, id) order. A hub's work stays bounded.</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>The per-entity bound unless a query sets another.</summary>
    public const int DefaultLimit = 500;

    public static RelationQuery All { get; } = new();
}

/// <summary>Keep entities related to <see cref="OtherId"/> by a relation of <see cref="Type"/>;
/// <see cref="Direction"/> is seen from the listed entity (e.g. proposals by proposer: PROPOSED, In).
/// Only relations stated as <see cref="Modality.Actual"/> count: a meeting an economy is only planned to chair is not one it chaired.</summary>
public sealed record RelatedFilter(string Type, Direction Direction, string OtherId)
{
    /// <summary>Whether <paramref name="relation"/> can satisfy a related filter (every store applies this rule).</summary>
    public static bool Counts(Relation relation) => relation.Modality == Modality.Actual;
}

/// <summary>
/// Keep entities whose date span (<see cref="EntityDates"/>: a year or a month stands for all its days) overlaps
/// [<see cref="From"/>, <see cref="To"/>], both days included; either bound optional. Undated entities never match.
/// </summary>
public sealed record DateSpanFilter
{
    /// <param name="from">The first day of the range, or null for no lower bound.</param>
    /// <param name="to">The last day of the range, or null for no upper bound; not before <paramref name="from"/>.</param>
    public DateSpanFilter(DateOnly? from, DateOnly? to)
    {
        if (from > to)
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        (From, To) = (from, to);
    }

    public DateOnly? From { get; }
    public DateOnly? To { get; }

    /// <summary>Whether <paramref name="entity"/>'s span starts on or before <see cref="To"/> and ends on or after <see cref="From"/>.</summary>
    public bool Matches(Entity entity) => Overlaps(EntityDates.SpanOf(entity));

    /// <summary>Whether a span (<see cref="EntityDates.SpanOf"/>; null when undated) overlaps the range.</summary>
    public bool Overlaps((DateOnly Start, DateOnly End)? span) =>
        span is var (start, end) && (To is null || start <= To) && (From is null || end >= From);
}

/// <summary>A filtered list of one kind (or of all kinds), ordered by <see cref="Order"/> (by id unless set).</summary>
public sealed record EntityQuery
{
    public EntityKind? Kind { get; init; }
    /// <summary>Property equals value (case-insensitive), all must hold.</summary>
    public IReadOnlyDictionary<string, string> PropertyEquals { get; init; } = new Dictionary<string, string>();
    /// <summary>Keep only entities whose date span overlaps this range; null keeps dated and undated alike.</summary>
    public DateSpanFilter? Dates { get; init; }
    /// <summary>All must hold.</summary>
    public IReadOnlyList<RelatedFilter> Related { get; init; } = [];
    /// <summary>Page size; 0 returns only the total count.</summary>
    public int First { get; init; } = 50;
    /// <summary>Return entities with ids after this one (the previous page's last id).</summary>
    public string? AfterId { get; init; }
    /// <summary>The order; <see cref="EntityOrder.ById"/> unless set.</summary>
    public EntityOrder Order { get; init; } = EntityOrder.ById;
    /// <summary>Under an order other than by id: the sort key (<see cref="EntityOrder.KeyOf"/>) of the previous page's last
    /// entity, whose id is <see cref="AfterId"/>; null for one without a key.</summary>
    public string? AfterKey { get; init; }
}

/// <summary>One page of entities.</summary>
public sealed record EntityPage(IReadOnlyList<Entity> Items, int TotalCount, bool HasNextPage);

public sealed record SearchQuery(string Text, IReadOnlyCollection<EntityKind>? Kinds = null, int First = 10);

/// <summary>An entity found by name, with its score (higher is better) and the name or alias that matched.</summary>
public sealed record SearchHit(Entity Entity, double Score, string MatchedName);

public sealed record PathQuery(string From, string To, int MaxHops = PathQuery.DefaultMaxHops, int First = PathQuery.DefaultFirst)
{
    /// <summary>The most hops any store searches (Neo4j's statement and the API's argument both take it from here).</summary>
    public const int MaxHopsLimit = 6;

    public const int DefaultMaxHops = 4;

    /// <summary>How many paths by default, and at most.</summary>
    public const int DefaultFirst = 3, MaxFirst = 20;

    /// <summary>Relation types a path may not use (by default the derived MENTIONS, which joins everything a document names).</summary>
    public IReadOnlyCollection<string> ExcludedTypes { get; init; } = [Vocabulary.Mentions];
}

/// <summary>A path: <c>EntityIds[i] -Relations[i]- EntityIds[i+1]</c>, each relation in its stored direction.</summary>
public sealed record GraphPath(IReadOnlyList<string> EntityIds, IReadOnlyList<Relation> Relations)
{
    public int Length => Relations.Count;
}

public sealed record StoreStatus(string Kind, int Entities, int Relations);

/// <summary>The order every store returns relations in (<see cref="IGraphStore.GetRelationsAsync"/>): by type, then id.</summary>
public static class RelationOrder
{
    public static Comparer<Relation> ByTypeThenId { get; } = Comparer<Relation>.Create((a, b) =>
        string.CompareOrdinal(a.Type, b.Type) is var byType and not 0 ? byType : string.CompareOrdinal(a.Id, b.Id));
}
