using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>ISO dates as graph-seeds writes them: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> / <c>YYYY</c> when the text gives no more
/// (read by <see cref="PartialDate"/>, which checks the calendar too, so 2020-02-30 is rejected).</summary>
internal static class IsoDate
{
    public static bool IsValid(string value) => PartialDate.TryParse(value, out _);

    public static bool IsYear(string value) => PartialDate.TryParse(value, out var date) && date.Precision == DatePrecision.Year;
}
