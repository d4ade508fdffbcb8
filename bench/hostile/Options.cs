using ApecGraph.HostileCorpus;

namespace ApecGraph.HostileRunner;

/// <summary>Command-line options of the runner.</summary>
public sealed record Options(Uri Url, int? Pid, string Out, int Concurrency, int TimeoutSeconds, int TotalSeconds, int Seed, int Soak, int WarmUp)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        return new(new Uri(Get("--url") ?? "http://127.0.0.1:5080"), Get("--pid") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : null,
            Get("--out") ?? "hostile-report.md", Int("--concurrency", 8), Int("--timeout", 10), Int("--total", 1200), Int("--seed", CorpusGenerator.DefaultSeed), Int("--soak", 2), Int("--warmup", 2));
    }
}
