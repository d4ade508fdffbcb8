using System.Diagnostics;

namespace ApecGraph.ScaleBench;

/// <summary>Times each call of an operation over its picks (after a short warm-up) and reports p50, p99 and the maximum.</summary>
internal static class Latency
{
    public static async Task<string> Measure<T>(string name, IReadOnlyList<T> picks, Func<T, Task<int>> call)
    {
        foreach (var pick in picks.Take(Math.Min(50, picks.Count))) await call(pick);
        var times = new double[picks.Count];
        long results = 0;
        for (var i = 0; i < picks.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            results += await call(picks[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return $"| {name} | {picks.Count:N0} | {At(times, 0.50):F3} | {At(times, 0.99):F3} | {times[^1]:F3} | {(double)results / picks.Count:F1} |";
    }

    public const string Header = "| call | picks | p50 ms | p99 ms | max ms | results per call |\n|---|---:|---:|---:|---:|---:|";

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
}
