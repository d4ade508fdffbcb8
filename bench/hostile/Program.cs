using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ApecGraph.HostileCorpus;
using ApecGraph.HostileCorpus.Schema;
using ApecGraph.HostileRunner;

// Sends the whole hostile corpus to a running API over loopback and writes a markdown report.
// Usage: ApecGraph.HostileRunner [--url http://127.0.0.1:5080] [--pid N] [--out report.md] [--concurrency 8]
//        [--timeout 10] [--total 1200] [--seed N] [--warmup 2] [--soak 2]
var options = Options.Parse(args);
if (!IPAddress.TryParse(options.Url.Host, out var address) || !IPAddress.IsLoopback(address))
{
    Console.Error.WriteLine($"Refusing {options.Url}: the hostile corpus is sent to a loopback address (127.0.0.1) only.");
    return 2;
}
using var total = new CancellationTokenSource(TimeSpan.FromSeconds(options.TotalSeconds));
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, AllowAutoRedirect = false })
{ BaseAddress = options.Url, Timeout = Timeout.InfiniteTimeSpan };

var schemaAnswer = await client.PostAsync("/graphql", new StringContent(Req.Body(SchemaModel.IntrospectionQuery), Encoding.UTF8, "application/json"), total.Token);
var corpus = CorpusGenerator.Generate(SchemaModel.Parse(await schemaAnswer.Content.ReadAsStringAsync(total.Token)), options.Seed);
Console.WriteLine($"{corpus.Count} requests; warm-up, then all of them with {options.Concurrency} at a time");

var limit = TimeSpan.FromSeconds(options.TimeoutSeconds);
async Task<Outcome> Send(HostileRequest q, CancellationToken c) =>
    q.LoopbackOnly ? await RawSender.SendAsync(options.Url, q, limit, c) : await HttpSender.SendAsync(client, q, limit, c);

// Warm-up: the whole corpus --warmup times (answers not kept), so that RSS is measured after JIT, caches, pools and the
// GC's heaps have grown to what these requests need (server GC keeps growing them over the first two passes); then the
// measured pass. Memory is flat when that pass ends within 10 % of the warm-up.
for (var pass = 0; pass < options.WarmUp; pass++)
    await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = total.Token },
        async (q, c) => await Send(q, c));
var rssWarm = Rss.ReadKiB(options.Pid);

// Everything else first, then the known cost bombs (which may keep the server busy after they are cancelled), so that
// they cannot spoil the rest of the run; RSS before and after them.
var clock = System.Diagnostics.Stopwatch.StartNew();
var outcomes = new ConcurrentBag<Outcome>();
long? rssBeforeBombs = null;
try
{
    await Parallel.ForEachAsync(corpus.Where(q => !q.KnownCostBomb), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = total.Token },
        async (q, c) => outcomes.Add(await Send(q, c)));
    rssBeforeBombs = Rss.ReadKiB(options.Pid);
    await Parallel.ForEachAsync(corpus.Where(q => q.KnownCostBomb), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = total.Token },
        async (q, c) => outcomes.Add(await Send(q, c)));
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine($"stopped after {options.TotalSeconds} s");
}
var unsent = corpus.Count - outcomes.Count;
var elapsed = clock.Elapsed;
var rssEnd = Rss.ReadKiB(options.Pid);

// Soak: the corpus again, RSS after each pass, to tell a leak (a rising series) from the GC's heap breathing.
var soak = new List<long?>();
for (var pass = 0; pass < options.Soak && !total.IsCancellationRequested; pass++)
{
    try
    {
        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = total.Token },
            async (q, c) => await Send(q, c));
    }
    catch (OperationCanceledException)
    {
        break;
    }
    soak.Add(Rss.ReadKiB(options.Pid));
}

var alive = false;
try
{
    using var aliveCheck = new CancellationTokenSource(TimeSpan.FromSeconds(10));
    var answer = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"), aliveCheck.Token);
    alive = answer.StatusCode == HttpStatusCode.OK && (await answer.Content.ReadAsStringAsync(aliveCheck.Token)).Contains("\"Query\"", StringComparison.Ordinal);
}
catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
{
    alive = false;
}

var report = new Report(options, corpus.Count, [.. outcomes.OrderBy(o => o.Request.Id)], unsent, elapsed, rssWarm, rssBeforeBombs, rssEnd, alive, soak);
File.WriteAllText(options.Out, report.ToMarkdown());
Console.WriteLine(report.Headline());
Console.WriteLine($"report: {Path.GetFullPath(options.Out)}");
return report.Holds ? 0 : 1;
