using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ApecGraph.Core.Model;

/// <summary>How much of a date the sources give.</summary>
public enum DatePrecision
{
    /// <summary><c>YYYY-MM-DD</c>: one day.</summary>
    Day,
    /// <summary><c>YYYY-MM</c>: the whole month.</summary>
    Month,
    /// <summary><c>YYYY</c>: the whole year.</summary>
    Year,
}

/// <summary>
/// An ISO date as graph-seeds and the API write it (<c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> / <c>YYYY</c> where the text
/// gives no more), read as the span of days it stands for: <c>2016</c> is 2016-01-01 to 2016-12-31, <c>2016-02</c> is
/// 2016-02-01 to 2016-02-29.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(DateOnly start, DateOnly end, DatePrecision precision) => (Start, End, Precision) = (start, end, precision);

    /// <summary>The first day it stands for.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day it stands for (the real last day of the month, leap years included).</summary>
    public DateOnly End { get; }

    public DatePrecision Precision { get; }

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; false for anything else, including days the
    /// calendar does not have (2021-02-29) and surrounding spaces.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        // The length picks the one format; ParseExact then wants its digits and dashes, nothing around them.
        var precision = text?.Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, 10 => DatePrecision.Day, _ => (DatePrecision?)null };
        var format = precision switch { DatePrecision.Year => "yyyy", DatePrecision.Month => "yyyy-MM", _ => "yyyy-MM-dd" };
        if (precision is not { } p || !DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            return false;
        var end = p switch
        {
            DatePrecision.Year => new DateOnly(start.Year, 12, 31),
            DatePrecision.Month => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
            _ => start,
        };
        date = new PartialDate(start, end, p);
        return true;
    }

    /// <summary>As <see cref="TryParse"/>, throwing <see cref="FormatException"/> for anything else.</summary>
    public static PartialDate Parse(string text) => TryParse(text, out var date)
        ? date
        : throw new FormatException($"'{text}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.");

    /// <summary>The ISO text at its precision: <c>2016</c>, <c>2016-02</c>, <c>2016-02-29</c>.</summary>
    public override string ToString() => Start.ToString(
        Precision switch { DatePrecision.Year => "yyyy", DatePrecision.Month => "yyyy-MM", _ => "yyyy-MM-dd" }, CultureInfo.InvariantCulture);
}
