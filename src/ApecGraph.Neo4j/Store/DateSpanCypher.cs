using System.Globalization;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// <see cref="DateSpanFilter"/> in Cypher, over the stored string properties (<c>prop_startDate</c>, ...), with the
/// semantics of <see cref="DateSpanFilter.Matches"/>: the entity's span starts on or before <c>$datesTo</c> and ends on
/// or after <c>$datesFrom</c>.
/// </summary>
/// <remarks>
/// A stored date is <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (the graph is validated before import) and the
/// bounds are whole days, <c>YYYY-MM-DD</c>. ISO days compare as strings only at the same length (a plain
/// <c>"2016" &lt; "2016-01-01"</c> is what this replaces), so both ends are padded to ten characters first:
/// <list type="bullet">
/// <item>the start with <c>-01-01</c>: <c>left("2016" + "-01-01", 10)</c> = 2016-01-01, <c>left("2016-05" + "-01-01", 10)</c>
/// = 2016-05-01, a full day is cut back to itself: the real first day;</item>
/// <item>the end with <c>-12-31</c>: 2016-12-31 for a year, a day unchanged, and <c>YYYY-MM-31</c> for a month. That is
/// not always a real day (2016-02-31), but compared with the real day <c>$datesFrom</c> it gives the answer the real
/// last day would: in the same month every real day is at most the last day, which is at most 31; in another month
/// the month decides.</item>
/// </list>
/// No function here fails on null (<c>null + "-01-01"</c> and <c>left(null, 10)</c> are null; unlike
/// <c>left(text, null)</c>, which raises an error), and a comparison with null is not true, so an undated entity
/// never matches.
/// </remarks>
internal static class DateSpanCypher
{
    /// <summary>The WHERE conditions for <paramref name="dates"/> on node <c>e</c>, adding their parameters (the bounds
    /// and the property keys) to <paramref name="parameters"/>.</summary>
    public static List<string> Filters(DateSpanFilter dates, IDictionary<string, object?> parameters)
    {
        var filters = new List<string>();
        var start = StartDay(parameters);
        var end = $"left({First(EntityDates.EndKeys, "dateEndKey", parameters)} + '-12-31', 10)";
        if (dates.From is null && dates.To is null)
        {
            filters.Add($"{start} IS NOT NULL");
        }
        if (dates.To is { } to)
        {
            parameters["datesTo"] = Day(to);
            filters.Add($"{start} <= $datesTo");
        }
        if (dates.From is { } from)
        {
            parameters["datesFrom"] = Day(from);
            filters.Add($"{end} >= $datesFrom");
        }
        return filters;
    }

    /// <summary>The first day of node <c>e</c>'s span as <c>YYYY-MM-DD</c> text (null when undated), adding the property keys
    /// to <paramref name="parameters"/>: the padded start described on the class.</summary>
    public static string StartDay(IDictionary<string, object?> parameters) =>
        $"left({First(EntityDates.StartKeys, "dateStartKey", parameters)} + '-01-01', 10)";

    /// <summary><c>coalesce(e[$key0], e[$key1], ...)</c>: the first of <paramref name="keys"/> the node has.</summary>
    private static string First(IReadOnlyList<string> keys, string name, IDictionary<string, object?> parameters)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            parameters[$"{name}{k}"] = Stored.PropertyPrefix + keys[k];
        }
        return $"coalesce({string.Join(", ", keys.Select((_, k) => $"e[${name}{k}]"))})";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
