using System.Text;
using ApecGraph.HostileCorpus;
using ApecGraph.HostileCorpus.Schema;

namespace ApecGraph.Api.Tests.Hostile;

/// <summary>
/// Issue 8: a fixed, stratified sample of 1,000 hostile requests, in process. Whatever they send, the server answers
/// no 5xx, every error with <c>extensions.code</c>, no stack trace, no error in its log, within the time limit, and
/// still answers afterwards. The known cost bombs (<see cref="HostileRequest.KnownCostBomb"/>) are in the sample: the
/// request limits refuse them before they cost anything. Raw-socket requests are left to the loopback run (bench/hostile.sh).
/// </summary>
public sealed class HostileCorpusTests
{
    private const int SampleSize = 1000;
    private static readonly TimeSpan PerRequestLimit = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan TotalLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task The_server_holds_under_a_sample_of_the_hostile_corpus()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var api = new HostileApi();
        using var client = api.CreateClient();
        var corpus = CorpusGenerator.Generate(await SchemaOf(client));
        var sample = CorpusGenerator.Sample(corpus, SampleSize, include: q => !q.LoopbackOnly);
        Assert.Equal(SampleSize, sample.Count);
        Assert.Contains(sample, q => q.KnownCostBomb);

        var failures = new List<string>();
        Outcome? largest = null, slowest = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var request in sample)
        {
            if (clock.Elapsed > TotalLimit)
            {
                failures.Add($"stopped at #{request.Id}: the sample took over {TotalLimit.TotalSeconds:0} s");
                break;
            }
            var logsBefore = api.Logs.Entries.Count;
            var outcome = await HttpSender.SendAsync(client, request, PerRequestLimit, cancel);
            var problems = outcome.Failure is { } failure ? [failure]
                : ResponseCheck.Problems(request, outcome.Status, outcome.ContentType, outcome.Body, outcome.Truncated).ToList();
            problems.AddRange(api.Logs.Entries.Skip(logsBefore).Select(e => "server log: " + e));
            if (problems.Count > 0)
                failures.Add($"#{request.Id} [{request.Category}] {string.Join("; ", problems)} (status {outcome.Status}) <- {request.Describe(160)}");
            if (largest is null || outcome.Length > largest.Length) largest = outcome;
            if (slowest is null || outcome.Elapsed > slowest.Elapsed) slowest = outcome;
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"largest answer: {largest!.Length} bytes [{largest.Request.Category}] #{largest.Request.Id}");
        output?.WriteLine($"slowest answer: {slowest!.Elapsed.TotalMilliseconds:0} ms [{slowest.Request.Category}] #{slowest.Request.Id}");
        var alive = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"), cancel);
        Assert.Equal(200, (int)alive.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await alive.Content.ReadAsStringAsync(cancel));
        Assert.True(failures.Count == 0, $"{failures.Count} of {SampleSize} hostile requests broke a rule:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task The_corpus_is_large_deterministic_and_covers_every_category()
    {
        await using var api = new HostileApi();
        using var client = api.CreateClient();
        var schema = await SchemaOf(client);

        var corpus = CorpusGenerator.Generate(schema);
        var again = CorpusGenerator.Generate(schema);

        Assert.True(corpus.Count >= 10_000, $"only {corpus.Count} requests");
        Assert.Equal(corpus.Select(Fingerprint), again.Select(Fingerprint));
        var categories = typeof(Categories).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.Equal(categories, corpus.Select(q => q.Category).ToHashSet());
        Assert.Contains(corpus, q => q.KnownCostBomb && q.Category == Categories.CostBombs);
        var sample = CorpusGenerator.Sample(corpus, SampleSize, include: q => !q.LoopbackOnly);
        Assert.Equal(categories.Count - 2, sample.Select(q => q.Category).Distinct().Count()); // all but the raw-socket ones
    }

    private static string Fingerprint(HostileRequest q) =>
        $"{q.Id} {q.Category} {q.Method} {q.PathAndQuery} {string.Join(",", q.Headers)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(q.RawRequest ?? q.Body))}";

    private static async Task<SchemaModel> SchemaOf(HttpClient client)
    {
        var body = new StringContent(Req.Body(SchemaModel.IntrospectionQuery), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", body, TestContext.Current.CancellationToken);
        return SchemaModel.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
