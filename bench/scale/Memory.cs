namespace ApecGraph.ScaleBench;

/// <summary>This process's resident memory now and at its peak, from /proc/self/status (Linux), in MiB.</summary>
internal static class Memory
{
    public static (long Rss, long Peak) Now()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kib(line);
        }
        return (rss / 1024, peak / 1024);
    }

    private static long Kib(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);

    public static string Describe()
    {
        var (rss, peak) = Now();
        return $"RSS {rss:N0} MiB (peak {peak:N0} MiB), managed heap {GC.GetTotalMemory(forceFullCollection: true) / (1 << 20):N0} MiB";
    }
}
