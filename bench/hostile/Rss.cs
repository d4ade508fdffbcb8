namespace ApecGraph.HostileRunner;

/// <summary>The resident set of a process on Linux (VmRSS of /proc/&lt;pid&gt;/status), in KiB; null when unknown.</summary>
public static class Rss
{
    public static long? ReadKiB(int? pid)
    {
        if (pid is null) return null;
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
