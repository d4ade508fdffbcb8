using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Import;

/// <summary>What an import of 12,345 entities and 24,690 relations sends, with the default batch sizes, over a replay
/// of Neo4j's side (<see cref="ImportingNeo4j"/>), and its progress lines.</summary>
public sealed class ImportBatchingTests
{
    private const int EntityCount = 12_345, RelationCount = 2 * EntityCount;

    /// <summary>A streamed graph made up here: entities of every kind in turn, each with two CHAIRED relations to the next.</summary>
    private sealed class MadeUpContent : IGraphContent
    {
        private static readonly EntityKind[] Kinds = Enum.GetValues<EntityKind>();

        public string Version => "made-up";
        public int EntityCount => ImportBatchingTests.EntityCount;
        public int RelationCount => ImportBatchingTests.RelationCount;
        public IReadOnlyList<KindCount> EntitiesByKind => [.. Kinds.Select(k => new KindCount(k, Entities.Count(e => e.Kind == k)))];

        public IEnumerable<Entity> Entities => Enumerable.Range(0, EntityCount)
            .Select(i => new Entity { Id = $"e:{i}", Kind = Kinds[i % Kinds.Length], Name = $"Entity {i}" });

        public IEnumerable<Relation> Relations => Enumerable.Range(0, RelationCount)
            .Select(i => new Relation { Id = $"r:{i}", Type = "CHAIRED", From = $"e:{i / 2}", To = $"e:{(i / 2 + 1) % EntityCount}" });

        public string? DocumentText(string entityId) => null;
    }

    [Fact]
    public async Task Data_goes_in_bounded_transactions_then_the_switch_then_the_deletes()
    {
        var neo4j = ImportCommandTests.WithHistory();
        using var server = ReplayServer.Start(neo4j.Answer);
        var lines = new List<string>();

        var result = await new Neo4jImporter(server.Client()).ImportAsync(new MadeUpContent(), progress: lines.Add,
            cancellationToken: TestContext.Current.CancellationToken);

        var requests = server.Requests.ToList();
        int Rows(ReceivedRequest r, string kind) => r.Statements.Where(s => s.Text.Contains(kind, StringComparison.Ordinal))
            .Sum(s => s.Parameters.GetProperty("rows").GetArrayLength());
        var commits = requests.Where(r => r.Path == "/db/neo4j/tx/5/commit").ToList();
        Assert.Equal([5_000, 5_000, 2_345, 0, 0, 0], commits.Select(r => Rows(r, "CREATE (e:Entity")));
        Assert.Equal([0, 0, 0, 10_000, 10_000, 4_690], commits.Select(r => Rows(r, "CREATE (a)-[r")));
        Assert.Equal(6, requests.Count(r => r.Path == "/db/neo4j/tx")); // one transaction opened per batch
        Assert.All(commits.Take(3), c => Assert.Equal(Enum.GetValues<EntityKind>().Length, c.Statements.Count)); // one statement per kind

        var switchAt = requests.FindIndex(r => r.Statements.Any(s => s.Text.Contains("MERGE (g:GraphInfo", StringComparison.Ordinal)));
        var lastData = requests.FindLastIndex(r => r.Path == "/db/neo4j/tx/5/commit");
        var firstData = requests.FindIndex(r => r.Path == "/db/neo4j/tx");
        Assert.True(switchAt > lastData, "the switch comes after every data batch");
        bool Deletes(ReceivedRequest r) => r.Statements.Any(s => s.Text.Contains("DELETE", StringComparison.Ordinal));
        var deleteGens = requests.Select((r, i) => (r, i)).Where(x => Deletes(x.r))
            .Select(x => (x.i, Gen: x.r.Statements[0].Parameters.GetProperty("gen").GetString())).ToList();
        Assert.All(deleteGens.Where(d => d.i < firstData), d => Assert.True(d.Gen is "failed" or null)); // leftovers only, before writing
        Assert.All(deleteGens.Where(d => d.i > firstData), d => Assert.True(d.i > switchAt && d.Gen == "old")); // the old one, after the switch
        Assert.Contains(deleteGens, d => d.Gen == "old");
        Assert.Equal(switchAt + 2 + 2, requests.Count); // switch, generations, relations of "old", its entities
        Assert.Equal((EntityCount, RelationCount), (result.Entities, result.Relations));
        Assert.Equal((long)EntityCount, neo4j.Generations[neo4j.Current!].Entities);
        Assert.Contains("entities 12,345/12,345 (100%)", lines.Single(l => l.StartsWith("entities 12,345/", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relation_whose_end_neo4j_did_not_find_stops_the_import_before_the_switch()
    {
        var neo4j = ImportCommandTests.WithHistory();
        using var server = ReplayServer.Start(request => request.Path == "/db/neo4j/tx/5/commit"
            && request.Statements[0].Text.Contains("CREATE (a)-[r", StringComparison.Ordinal)
            ? Bodies.Ok(Bodies.Rows(["written"], [[9_999]])) // one row's end is missing
            : neo4j.Answer(request));

        var error = await Assert.ThrowsAsync<ImportFailedException>(() => new Neo4jImporter(server.Client()).ImportAsync(new MadeUpContent(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("names an entity that is not in the graph", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", neo4j.Current);
        Assert.DoesNotContain(server.Requests, r => r.Statements.Any(s => s.Text.Contains("MERGE (g:GraphInfo", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_batch_of_long_texts_closes_at_its_character_budget()
    {
        var entities = Enumerable.Range(0, 12).Select(i => new Entity { Id = $"e:{i}", Kind = EntityKind.Topic, Name = "x", Description = new string('d', 1_900) }).ToList();
        using var server = ReplayServer.Start(new ImportingNeo4j().Answer);

        await new Neo4jImporter(server.Client()).ImportAsync(new KnowledgeGraph(entities, []), new ImportOptions { BatchChars = 10_000 },
            cancellationToken: TestContext.Current.CancellationToken);

        var batches = server.Requests.Where(r => r.Path == "/db/neo4j/tx/5/commit")
            .Select(r => r.Statements.Sum(s => s.Parameters.GetProperty("rows").GetArrayLength()));
        Assert.Equal([5, 5, 2], batches); // 2,000 characters a row (1,900 of description, 100 for the rest): 5 fill 10,000
    }

    [Fact]
    public async Task An_old_generation_goes_in_bounded_deletes_until_none_is_left()
    {
        var neo4j = new ImportingNeo4j { Current = "old" };
        neo4j.Generations["old"] = (3_000, 25_000);
        using var server = ReplayServer.Start(neo4j.Answer);

        var result = await new Neo4jImporter(server.Client()).ImportAsync(new KnowledgeGraph([], []), cancellationToken: TestContext.Current.CancellationToken);

        var deletes = server.Requests.SelectMany(r => r.Statements).Where(s => s.Text.Contains("DELETE", StringComparison.Ordinal))
            .Select(s => s.Parameters.TryGetProperty("relations", out var limit) ? $"relations<={limit}" : $"nodes<={s.Parameters.GetProperty("nodes")}")
            .ToList();
        // relationships 10,000 at a time until fewer come back, then 1,000 nodes; again until fewer nodes than asked come back
        Assert.Equal(["relations<=10000", "relations<=10000", "relations<=10000", "nodes<=1000",
            "relations<=10000", "nodes<=1000", "relations<=10000", "nodes<=1000", "relations<=10000", "nodes<=1000"], deletes);
        Assert.Equal((3_000, 25_000), (result.RemovedEntities, result.RemovedRelations));
        Assert.Equal((0L, 0L), neo4j.Generations["old"]);
    }

    public sealed class Progress
    {
        [Fact]
        public void A_line_says_done_total_percent_rate_and_time_left()
        {
            Assert.Equal("relations 1,250,000/5,000,000 (25%) 20,000/s, 3m07s left",
                ImportProgress.Line("relations", 1_250_000, 5_000_000, TimeSpan.FromSeconds(62.5)));
            Assert.Equal("entities 999,000/1,000,000 (99%) 1,000/s, 1s left",
                ImportProgress.Line("entities", 999_000, 1_000_000, TimeSpan.FromSeconds(999)));
            Assert.Equal("entities 10/10 (100%) 2/s, done in 5s", ImportProgress.Line("entities", 10, 10, TimeSpan.FromSeconds(5)));
            Assert.Equal("relations 50,000/5,000,000 (1%) 10/s, 137h30m left", ImportProgress.Line("relations", 50_000, 5_000_000, TimeSpan.FromSeconds(5_000)));
        }

        [Fact]
        public void At_most_one_line_a_second_and_always_the_last()
        {
            var clock = new ManualClock();
            var lines = new List<string>();
            var progress = new ImportProgress("entities", 100, lines.Add, clock);

            progress.Add(10); // first batch: a line
            clock.Advance(TimeSpan.FromMilliseconds(400));
            progress.Add(10);
            clock.Advance(TimeSpan.FromMilliseconds(500));
            progress.Add(10); // 0.9 s after the first line: none
            clock.Advance(TimeSpan.FromMilliseconds(200));
            progress.Add(10); // 1.1 s: a line
            progress.Add(60); // the last: a line

            Assert.Equal(["entities 10/100 (10%)", "entities 40/100 (40%) 36/s, 2s left", "entities 100/100 (100%) 91/s, done in 1s"], lines);
        }

        private sealed class ManualClock : TimeProvider
        {
            private long ticks;

            public override long TimestampFrequency => TimeSpan.TicksPerSecond;

            public override long GetTimestamp() => ticks;

            public void Advance(TimeSpan by) => ticks += by.Ticks;
        }
    }
}
