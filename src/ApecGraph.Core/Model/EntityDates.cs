namespace ApecGraph.Core.Model;

/// <summary>
/// When an entity took place, from its date properties: it starts at the start of the first it has of
/// <see cref="StartKeys"/> and ends at the end of the first it has of <see cref="EndKeys"/>. A meeting dated only
/// <c>year: "2016"</c> spans 2016-01-01 to 2016-12-31; one with only an <c>endDate</c> spans that day.
/// </summary>
public static class EntityDates
{
    /// <summary>Where the span starts: <c>startDate</c>, else <c>endDate</c>, else <c>year</c>.</summary>
    public static IReadOnlyList<string> StartKeys { get; } = ["startDate", "endDate", "year"];

    /// <summary>Where the span ends: <c>endDate</c>, else <c>startDate</c>, else <c>year</c>.</summary>
    public static IReadOnlyList<string> EndKeys { get; } = ["endDate", "startDate", "year"];

    /// <summary>The date the span starts from (its precision is the entity's), or null when the entity is undated
    /// or that value is not a date.</summary>
    public static PartialDate? StartOf(Entity entity) => StartFrom(entity.Property);

    /// <summary>As <see cref="StartOf"/>, for an entity given by its property lookup (the embedded store's columns).</summary>
    public static PartialDate? StartFrom(Func<string, string?> property) => First(property, StartKeys);

    /// <summary>The first and last day of the entity's span, or null when it is undated.</summary>
    public static (DateOnly Start, DateOnly End)? SpanOf(Entity entity) => SpanFrom(entity.Property);

    /// <summary>As <see cref="SpanOf"/>, for an entity given by its property lookup.</summary>
    public static (DateOnly Start, DateOnly End)? SpanFrom(Func<string, string?> property) =>
        (StartFrom(property), First(property, EndKeys)) is ({ } start, { } end) ? (start.Start, end.End) : null;

    private static PartialDate? First(Func<string, string?> property, IReadOnlyList<string> keys) =>
        keys.Select(property).FirstOrDefault(v => v is not null) is { } text && PartialDate.TryParse(text, out var date) ? date : null;
}
