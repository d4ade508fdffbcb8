using System.Diagnostics;
using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;
using ApecGraph.Core.Tests.Search;
using ApecGraph.SearchBench;

// dotnet run -c Release --project bench/search -- [entities | graph-seeds folder of `generate`] [queries per kind] [first]
var source = args.Length > 0 ? args[0] : "1000000";
var perKind = args.Length > 1 ? int.Parse(args[1]) : 3000;
var first = args.Length > 2 ? int.Parse(args[2]) : 10;

string[] ids, names;
EntityKind[] kinds;
IReadOnlyList<string>[] aliases;
if (Directory.Exists(source))
{
    var read = GeneratorNames.Read(source);
    (ids, kinds, names, aliases) = ([.. read.Select(e => e.Id)], [.. read.Select(e => e.Kind)], [.. read.Select(e => e.Name)], [.. read.Select(e => (IReadOnlyList<string>)e.Aliases)]);
}
else
{
    var entities = SyntheticNames.Generate(int.Parse(source), seed: 12).ToArray();
    (ids, kinds, names, aliases) = ([.. entities.Select(e => e.Id)], [.. entities.Select(e => e.Kind)], [.. entities.Select(e => e.Name)], [.. entities.Select(e => e.Aliases)]);
}
var count = ids.Length;
var nameCount = names.Length + aliases.Sum(a => a.Count);

var before = GC.GetTotalMemory(forceFullCollection: true);
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var clock = Stopwatch.StartNew();
var index = new NameIndex(count, i => ids[i], i => kinds[i], i => names[i], i => aliases[i]);
var build = clock.Elapsed;
var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
var after = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"{count:N0} entities, {nameCount:N0} names and aliases; build {build.TotalSeconds:F2} s ({buildCpu.TotalSeconds:F2} s CPU); " +
    $"index {(after - before) / 1048576.0:F0} MiB (GC heap {before / 1048576.0:F0} -> {after / 1048576.0:F0} MiB); " +
    $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB; {Environment.ProcessorCount} cores; " +
    $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

var random = new Random(7);
string Name() => names[random.Next(count)];
string[] Words(string text) => TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
string Compact(string text) => TextNormalizer.Compact(TextNormalizer.Normalize(text));
string Slice(string compact) => compact.Substring(random.Next(Math.Max(1, compact.Length - 3))) is var s && s.Length > 8 ? s[..(3 + random.Next(6))] : s;
var withAliases = Enumerable.Range(0, count).Where(i => aliases[i].Count > 0).Take(100_000).ToArray();
EntityKind[] allKinds = Enum.GetValues<EntityKind>();

var kindsOfQuery = new (string Kind, Func<SearchQuery> Next)[]
{
    ("exact name", () => new(Name(), null, first)),
    ("exact alias", () => new(aliases[withAliases[random.Next(withAliases.Length)]][0], null, first)),
    ("prefix", () => Name() is var n ? new(n[..Math.Min(n.Length, 2 + random.Next(8))], null, first) : null!),
    ("words, any order", () => new(string.Join(" ", Words(Name()).Reverse().Select(w => w[..Math.Min(w.Length, 1 + random.Next(4))])), null, first)),
    ("substring", () => new(Slice(Compact(Name())), null, first)),
    ("acronym", () => new(string.Concat(Words(Name()).Select(w => w[0])), null, first)),
    ("1 character", () => new(((char)random.Next('a', 'z' + 1)).ToString(), null, first)),
    ("2 characters", () => new($"{(char)random.Next('a', 'z' + 1)}{(char)random.Next('a', 'z' + 1)}", null, first)),
    ("1-2 characters, one kind", () => new(Name()[..(1 + random.Next(2))], [allKinds[random.Next(allKinds.Length)]], first)),
    ("no match", () => new($"qx{random.Next()}zv", null, first)),
};

Console.WriteLine();
Console.WriteLine($"| query (First {first}) | queries | p50 µs | p99 µs | max µs | p50 CPU µs | p99 CPU µs | max CPU µs | mean hits | cut short by the cap |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
var sets = kindsOfQuery.Select(k => (k.Kind, Queries: Enumerable.Range(0, perKind).Select(_ => k.Next()).ToArray())).ToArray();
// warm-up: every kind twice, with a pause for the JIT's optimised tier to land (steady state, as a server runs)
for (var round = 0; round < 2; round++)
{
    foreach (var (_, queries) in sets) foreach (var query in queries.Take(500)) index.SearchOrdinals(query);
    Thread.Sleep(500);
}
foreach (var (kind, queries) in sets)
{
    var times = new double[queries.Length];
    var cpuTimes = new double[queries.Length];
    long hits = 0;
    for (var i = 0; i < queries.Length; i++)
    {
        var start = Stopwatch.GetTimestamp();
        var cpuStart = ThreadClock.Microseconds();
        hits += index.SearchOrdinals(queries[i]).Count;
        cpuTimes[i] = ThreadClock.Microseconds() - cpuStart;
        times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
    if (Environment.GetEnvironmentVariable("SHOW_SLOWEST") is not null)
    {
        foreach (var i in Enumerable.Range(0, times.Length).OrderByDescending(i => times[i]).Take(3))
            Console.WriteLine($"  slow: {times[i]:F0} us \"{queries[i].Text}\" kinds {queries[i].Kinds?.Count ?? 0}");
    }
    Array.Sort(times);
    Array.Sort(cpuTimes);
    // untimed: the same queries without a cap, to count the answers the cap shortened
    var cut = queries.Count(q => index.SearchOrdinals(q).Count < index.SearchOrdinals(q, int.MaxValue).Count);
    Console.WriteLine($"| {kind} | {queries.Length} | {Percentiles(times)} | {Percentiles(cpuTimes)} | {(double)hits / queries.Length:F1} | {cut} |");
}

static string Percentiles(double[] sorted) => $"{sorted[sorted.Length / 2]:F0} | {sorted[(int)(sorted.Length * 0.99)]:F0} | {sorted[^1]:F0}";
