using System.Globalization;

namespace ApecGraph.Core.Loading;

/// <summary>ISO dates as graph-seeds writes them: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> / <c>YYYY</c> when the text gives no more.</summary>
internal static class IsoDate
{
    public static bool IsValid(string value) => value.Length switch
    {
        4 => IsYear(value),
        7 => Parses(value, "yyyy-MM"),
        10 => Parses(value, "yyyy-MM-dd"),
        _ => false,
    };

    public static bool IsYear(string value) => value.Length == 4 && Parses(value, "yyyy");

    // ParseExact checks the calendar too, so 2020-02-30 is rejected.
    private static bool Parses(string value, string format) =>
        value.All(c => char.IsAsciiDigit(c) || c == '-')
        && DateTime.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
