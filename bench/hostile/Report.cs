using System.Globalization;
using System.Text;
using ApecGraph.HostileCorpus;

namespace ApecGraph.HostileRunner;

/// <summary>The markdown report of one run: counts per category and status, rule breaks with an example each,
/// largest and slowest answers, memory, and whether the server still answered.</summary>
public sealed class Report(Options options, int corpusSize, IReadOnlyList<Outcome> outcomes, int unsent, TimeSpan elapsed,
    long? rssWarm, long? rssBeforeBombs, long? rssEnd, bool alive, IReadOnlyList<long?> soak)
{
    private readonly List<(Outcome Outcome, string Problem)> all =
        [.. outcomes.SelectMany(o => (o.Failure is { } f ? [f] : ResponseCheck.Problems(o.Request, o.Status, o.ContentType, o.Body, o.Truncated))
            .Select(p => (o, p)))];

    // Refused below the application, where no GraphQL error can be written: Kestrel's own 400 to a request that is not
    // HTTP (raw bytes in the target, broken framing) or its closing of a connection that lies about its Content-Length;
    // and requests .NET's HttpClient would not send (non-ASCII header values). Listed apart, not counted as rule breaks.
    private static bool BelowTheApplication((Outcome Outcome, string Problem) p) =>
        p.Problem.StartsWith("unhandled exception reached the client: HttpRequestException: Request headers must contain only ASCII", StringComparison.Ordinal)
        || (p.Outcome.Request.LoopbackOnly && p.Outcome.Request.Category == Categories.RawRequests
            && (p.Outcome.Status == 0 || (p.Outcome.Status == 400 && p.Problem == ResponseCheck.NotJson)));

    private List<(Outcome Outcome, string Problem)> problems => [.. all.Where(p => !BelowTheApplication(p))];

    private int ServerErrors => outcomes.Count(o => o.Status >= 500);

    private double? RssGrowth => rssWarm is > 0 && rssEnd is { } end ? (end - rssWarm.Value) * 100.0 / rssWarm.Value : null;

    /// <summary>No 5xx, no rule broken, memory within 10 %, and alive at the end.</summary>
    public bool Holds => ServerErrors == 0 && problems.Count == 0 && alive && RssGrowth is null or <= 10;

    public string Headline() =>
        $"{outcomes.Count} sent in {elapsed.TotalSeconds:0} s ({unsent} unsent), 5xx: {ServerErrors}, rule breaks: {problems.Count} in {problems.Select(p => p.Outcome.Request.Id).Distinct().Count()} requests, " +
        $"RSS warm {Mib(rssWarm)} -> end {Mib(rssEnd)} MiB ({RssGrowth?.ToString("+0.0;-0.0", CultureInfo.InvariantCulture) ?? "?"} %), alive at end: {(alive ? "yes" : "NO")}";

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Hostile corpus against {options.Url}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Seed {options.Seed}, {corpusSize} requests, {options.Concurrency} at a time, {options.TimeoutSeconds} s per request, {Environment.ProcessorCount} cores.").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"**{Headline()}**").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"RSS (VmRSS of --pid): after {options.WarmUp} warm-up passes of the whole corpus {Mib(rssWarm)} MiB, before the known cost bombs {Mib(rssBeforeBombs)} MiB, at the end {Mib(rssEnd)} MiB; after each further pass of the whole corpus (soak): {(soak.Count == 0 ? "none" : string.Join(", ", soak.Select(Mib)))} MiB.").AppendLine();

        md.AppendLine("## Answers per category and status").AppendLine();
        var statuses = outcomes.Select(o => o.Status).Distinct().Order().ToList();
        md.AppendLine("| category | requests | " + string.Join(" | ", statuses.Select(s => s == 0 ? "none" : s.ToString(CultureInfo.InvariantCulture))) + " | rule breaks | max ms | max bytes |");
        md.AppendLine("|---|---:|" + string.Concat(statuses.Select(_ => "---:|")) + "---:|---:|---:|");
        foreach (var g in outcomes.GroupBy(o => o.Request.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key} | {g.Count()} | {string.Join(" | ", statuses.Select(s => g.Count(o => o.Status == s)))} | " +
                $"{problems.Count(p => p.Outcome.Request.Category == g.Key)} | {g.Max(o => o.Elapsed.TotalMilliseconds):0} | {g.Max(o => o.Length)} |");

        md.AppendLine().AppendLine("## Rule breaks (one example each)").AppendLine();
        md.AppendLine("| category | problem | count | example |").AppendLine("|---|---|---:|---|");
        foreach (var g in problems.GroupBy(p => (p.Outcome.Request.Category, Problem: Shorten(p.Problem, 90))).OrderBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            var example = g.OrderBy(p => p.Outcome.Request.Describe().Length).First().Outcome;
            md.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key.Category} | {g.Key.Problem} | {g.Count()} | #{example.Request.Id}{(example.Request.KnownCostBomb ? " (known cost bomb)" : "")}, status {example.Status}: `{Cell(example.Request.Describe(200))}` |");
        }
        md.AppendLine().AppendLine("## Refused below the application (not counted)").AppendLine();
        md.AppendLine("| category | what | count |").AppendLine("|---|---|---:|");
        foreach (var g in all.Where(BelowTheApplication).GroupBy(p => (p.Outcome.Request.Category, Problem: Shorten(p.Problem, 90))))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key.Category} | {g.Key.Problem} (status {g.First().Outcome.Status}) | {g.Count()} |");
        Top(md, "Largest answers", outcomes.OrderByDescending(o => o.Length).Take(10));
        Top(md, "Slowest answers", outcomes.OrderByDescending(o => o.Elapsed).Take(10));
        return md.ToString();
    }

    private static void Top(StringBuilder md, string title, IEnumerable<Outcome> top)
    {
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
        md.AppendLine("| # | category | status | bytes | ms | request |").AppendLine("|---:|---|---:|---:|---:|---|");
        foreach (var o in top)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {o.Request.Id}{(o.Request.KnownCostBomb ? " (bomb)" : "")} | {o.Request.Category} | {o.Status} | {o.Length} | {o.Elapsed.TotalMilliseconds:0} | `{Cell(o.Request.Describe(120))}` |");
    }

    private static string Mib(long? kib) => kib is { } k ? (k / 1024.0).ToString("0", CultureInfo.InvariantCulture) : "?";

    private static string Shorten(string s, int max) => Cell(s.Length > max ? s[..max] + "…" : s);

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
