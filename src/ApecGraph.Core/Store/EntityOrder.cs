using System.Globalization;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Store;

/// <summary>What a list is sorted on.</summary>
public enum EntitySort
{
    /// <summary>The id, ordinal.</summary>
    Id,
    /// <summary>The name, case-insensitively: the ordinal order of its invariant upper case (Neo4j: <c>toUpper</c>).</summary>
    Name,
    /// <summary>The first day of the entity's span (<see cref="EntityDates"/>: a year or a month sorts by its first day).</summary>
    Date,
}

/// <summary>
/// The order of a list: by the sort key, then the id (both in the chosen direction), entities without a sort key
/// (undated ones, under <see cref="EntitySort.Date"/>) after all the others in either direction, among themselves by id in
/// the chosen direction. Keyset paging continues after the (sort key, id) of the last entity seen.
/// </summary>
public sealed record EntityOrder(EntitySort Sort = EntitySort.Id, bool Descending = false)
{
    /// <summary>The default: id ascending.</summary>
    public static EntityOrder ById { get; } = new();

    /// <summary>The entity's sort key: its id, its upper-cased name, or its span's first day as <c>yyyy-MM-dd</c> (null when undated).</summary>
    public string? KeyOf(Entity entity) => KeyFrom(entity.Id, entity.Name, entity.Property);

    /// <summary>As <see cref="KeyOf"/>, for an entity given by its id, name and property lookup.</summary>
    public string? KeyFrom(string id, string name, Func<string, string?> property) => Sort switch
    {
        EntitySort.Name => name.ToUpperInvariant(),
        EntitySort.Date => EntityDates.SpanFrom(property)?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => id,
    };

    /// <summary>Negative when (key <paramref name="a"/>, id <paramref name="aId"/>) comes first in this order.</summary>
    public int Compare(string? a, string aId, string? b, string bId)
    {
        if (a is null != b is null) return a is null ? 1 : -1; // no key: last, in either direction
        var compared = string.CompareOrdinal(a, b) is var byKey and not 0 ? byKey : string.CompareOrdinal(aId, bId);
        return Descending ? -compared : compared;
    }
}
