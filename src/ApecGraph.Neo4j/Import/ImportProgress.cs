using System.Globalization;

namespace ApecGraph.Neo4j.Import;

/// <summary>
/// Progress lines of one phase of an import, with rate and time left:
/// <c>relations 1,250,000/5,000,000 (25%) 18,400/s, 3m24s left</c>. At most one line per <see cref="Interval"/>, and
/// always the line of the last batch, so that a long import says how it goes without flooding the output.
/// </summary>
internal sealed class ImportProgress(string phase, long total, Action<string> output, TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly long started = clock.GetTimestamp();
    private long lastLine = long.MinValue;

    public long Done { get; private set; }

    /// <summary>Counts <paramref name="rows"/> more done and writes a line when one is due.</summary>
    public void Add(long rows)
    {
        Done += rows;
        var now = clock.GetTimestamp();
        if (Done < total && lastLine != long.MinValue && clock.GetElapsedTime(lastLine, now) < Interval) return;
        lastLine = now;
        output(Line(phase, Done, total, clock.GetElapsedTime(started, now)));
    }

    /// <summary>The text of one line: done/total, percent, rows per second and time left at that rate (omitted until
    /// there is a rate).</summary>
    public static string Line(string phase, long done, long total, TimeSpan elapsed)
    {
        var culture = CultureInfo.InvariantCulture;
        var percent = total == 0 ? 100 : done * 100 / total;
        var line = string.Create(culture, $"{phase} {done:N0}/{total:N0} ({percent}%)");
        if (elapsed <= TimeSpan.Zero || done == 0) return line;
        var rate = done / elapsed.TotalSeconds;
        line += string.Create(culture, $" {rate:N0}/s");
        return done >= total ? line + string.Create(culture, $", done in {Duration(elapsed)}")
            : line + $", {Duration(TimeSpan.FromSeconds((total - done) / rate))} left";
    }

    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:00}m")
        : span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero))}s");
}
