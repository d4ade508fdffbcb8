using System.Diagnostics;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Snapshot;
using ApecGraph.Core.Store;
using ApecGraph.ScaleBench;

// dotnet run -c Release --project bench/scale -- --snapshot FILE [--picks N] [--search-picks N] [--seed S]
//   or -- --synthetic N --snapshot FILE          (write a stand-in graph of N entities, then run with --snapshot FILE)
//   or -- --graph DIR [--sources DIR] --snapshot FILE   (load and validate the YAML, compile it to FILE, then as above)
var options = Options.Parse(args);
if (options.Synthetic is { } size)
{
    var clock = Stopwatch.StartNew();
    var graph = Synthetic.Build(size, options.Seed);
    GraphSnapshot.Write(graph, options.Snapshot);
    Console.WriteLine($"synthetic graph of {graph.Entities.Count:N0} entities, {graph.Relations.Count:N0} relations written to {options.Snapshot} in {clock.Elapsed.TotalSeconds:F0} s");
    return;
}
if (options.Graph is { } graphDir)
{
    var clock = Stopwatch.StartNew();
    var load = GraphLoader.Load(GraphSources.FromGiven(graphDir, options.Sources)!);
    if (!load.IsValid) throw new InvalidOperationException($"{load.Problems.Count} problems, first: {load.Problems[0]}");
    Console.WriteLine($"YAML loaded and validated: {load.Graph!.Entities.Count:N0} entities, {load.Graph.Relations.Count:N0} relations in {clock.Elapsed.TotalSeconds:F1} s; {Memory.Describe()}");
    clock.Restart();
    GraphSnapshot.Write(load.Graph, options.Snapshot);
    Console.WriteLine($"snapshot written in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(options.Snapshot).Length / (1 << 20):N0} MiB)");
    load = null;
    GC.Collect();
    Console.WriteLine("(the numbers below are of this process after the YAML load; run again with --snapshot alone for a clean start)");
}

var total = Stopwatch.StartNew();
// (the clock stops while the memory after the read is measured: a forced collection)
var snapshot = GraphSnapshot.Read(options.Snapshot);
var read = total.Elapsed;
total.Stop();
Console.WriteLine($"read: {Memory.Describe()}");
total.Start();
var store = snapshot.ToStore();
Console.WriteLine($"snapshot {options.Snapshot}: {snapshot.EntityCount:N0} entities, {snapshot.RelationCount:N0} relations, graph {snapshot.Version}");
Console.WriteLine($"ready in {total.Elapsed.TotalSeconds:F2} s (read {read.TotalSeconds:F2} s, indexes {(total.Elapsed - read).TotalSeconds:F2} s); {Memory.Describe()}");

var random = new Random(options.Seed);
var ids = snapshot.EntityIds;
string Any() => ids[random.Next(ids.Count)];
var degree = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var relation in snapshot.Relations())
{
    degree[relation.To] = degree.GetValueOrDefault(relation.To) + 1;
    degree[relation.From] = degree.GetValueOrDefault(relation.From) + 1;
}
var topHubs = degree.OrderByDescending(pair => pair.Value).Take(10).ToList();
degree = null;
Console.WriteLine($"hubs: {string.Join(", ", topHubs.Select(h => $"{h.Key} ({h.Value:N0})"))}");

var entityPicks = Enumerable.Range(0, options.Picks).Select(_ => Any()).ToList();
var hubPicks = Enumerable.Range(0, options.Picks).Select(i => topHubs[i % topHubs.Count].Key).ToList();
var names = (await store.GetEntitiesAsync(entityPicks.Take(Math.Min(options.Picks, 1000)).Distinct().ToList())).Values.Select(e => e.Name).ToList();
var namePicks = Enumerable.Range(0, options.SearchPicks ?? options.Picks).Select(_ => names[random.Next(names.Count)]).ToList();
var prefixPicks = namePicks.Select(name => name[..Math.Min(4, name.Length)]).ToList();
var pathPicks = Enumerable.Range(0, options.Picks / 4).Select(_ => (Any(), Any())).ToList();

Console.WriteLine();
Console.WriteLine(Latency.Header);
Console.WriteLine(await Latency.Measure("GetEntities (one id)", entityPicks, async id => (await store.GetEntitiesAsync([id])).Count));
Console.WriteLine(await Latency.Measure("GetRelations of a top-10 hub, first page (50)", hubPicks, async id => Read((await store.GetRelationsAsync([id], new RelationQuery { Limit = 50 }))[id])));
Console.WriteLine(await Latency.Measure("GetRelations of a top-10 hub, first 500", hubPicks, async id => Read((await store.GetRelationsAsync([id], new RelationQuery()))[id])));
Console.WriteLine(await Latency.Measure("GetRelations of a random entity", entityPicks, async id => Read((await store.GetRelationsAsync([id], new RelationQuery()))[id])));
Console.WriteLine(await Latency.Measure("SearchAsync (a whole name)", namePicks, async text => (await store.SearchAsync(new SearchQuery(text))).Count));
Console.WriteLine(await Latency.Measure("SearchAsync (its first 4 letters)", prefixPicks, async text => (await store.SearchAsync(new SearchQuery(text))).Count));
Console.WriteLine(await Latency.Measure("FindPaths (MaxHops 4, First 3)", pathPicks, async pair => (await store.FindPathsAsync(new PathQuery(pair.Item1, pair.Item2, MaxHops: 4))).Count));
Console.WriteLine();
Console.WriteLine($"at the end: {Memory.Describe()}");

// Every relation of the answer made and read (the store makes each record when it is read).
static int Read(IReadOnlyList<ApecGraph.Core.Model.Relation> relations) => relations.Count(r => r.Id.Length > 0 && r.Evidence.Count >= 0);

internal sealed record Options(string Snapshot, string? Graph, string? Sources, int? Synthetic, int Picks, int? SearchPicks, int Seed)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            Value("--snapshot") ?? throw new ArgumentException("--snapshot FILE is required"),
            Value("--graph"), Value("--sources"), Value("--synthetic") is { } n ? int.Parse(n) : null,
            int.Parse(Value("--picks") ?? "4000"), Value("--search-picks") is { } s ? int.Parse(s) : null, int.Parse(Value("--seed") ?? "12"));
    }
}
