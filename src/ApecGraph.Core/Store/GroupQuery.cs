namespace ApecGraph.Core.Store;

/// <summary>What to group by in a <see cref="GroupQuery"/>.</summary>
public abstract record Grouping
{
    private Grouping() { }

    /// <summary>By the entity's kind; the key is the kind as graph-seeds writes it (<c>MEETING</c>).</summary>
    public sealed record Kind : Grouping;

    /// <summary>By the year the entity's span starts in (<see cref="Model.EntityDates.StartOf"/>), e.g. <c>2020</c>;
    /// undated entities have no key.</summary>
    public sealed record Year : Grouping;

    /// <summary>By the value of a property, as written in the graph (<c>VIRTUAL</c>); entities without it have no key.</summary>
    public sealed record Property(string Key) : Grouping;

    /// <summary>By the entities joined to each counted entity by <see cref="Type"/> (direction seen from the counted entity),
    /// only ACTUAL relations (<see cref="RelatedFilter.Counts"/>); the key is the other entity's id. An entity joined to several
    /// counts once in each of their groups; one joined to none has no key.</summary>
    public sealed record Related(string Type, Direction Direction) : Grouping;

    /// <summary>Counts relations (every modality), not entities, by type; the entity filter is not used.</summary>
    public sealed record RelationType : Grouping;
}

/// <summary>
/// Counts the entities matching <see cref="Filter"/> (its kind, properties, dates and related filters, exactly as a list
/// applies them; its paging and order are ignored) in groups: each group a key and how many entities have it, the
/// entities without a key in one group whose key is null. Groups are ordered by count, descending, then key (ordinal),
/// the null key after every other key of the same count; at most <see cref="First"/> are returned.
/// </summary>
public sealed record GroupQuery
{
    public required Grouping By { get; init; }
    public EntityQuery Filter { get; init; } = new();
    /// <summary>How many groups to return (the first in the order above); 0 returns only <see cref="GroupCounts.TotalGroups"/>.</summary>
    public int First { get; init; } = 20;
}

/// <summary>One group: its key (null for the entities that have none) and its count.</summary>
public sealed record GroupCount(string? Key, int Count);

/// <summary>The first groups, ordered as <see cref="GroupQuery"/> says, and how many groups there are in all.</summary>
public sealed record GroupCounts(IReadOnlyList<GroupCount> Groups, int TotalGroups);

/// <summary>The order of groups every store returns: count descending, then key ordinal, null last.</summary>
public static class GroupOrder
{
    public static Comparer<GroupCount> ByCountThenKey { get; } = Comparer<GroupCount>.Create((a, b) =>
        b.Count.CompareTo(a.Count) is var byCount and not 0 ? byCount
        : (a.Key, b.Key) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => string.CompareOrdinal(x, y),
        });
}
