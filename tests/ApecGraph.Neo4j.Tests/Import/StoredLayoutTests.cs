using System.Text.Json;
using System.Text.RegularExpressions;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Import;

/// <summary>
/// What the import writes comes back through the store's reads as the same entities and relations. Neo4j's side is
/// played as a real server answers (see /work/shared/neo4j-real/transcripts.jsonl.gz): <c>SET e = row</c> stores every
/// non-null value, a map projection answers each key it names with the stored value or null (missing), int lists come
/// back as JSON numbers, and each row has a <c>meta</c> list of nulls.
/// </summary>
public sealed partial class StoredLayoutTests
{
    private static readonly KnowledgeGraph Graph = RepositoryGraph.Graph;
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_entity_reads_back_as_written()
    {
        var stored = Graph.Entities.ToDictionary(e => e.Id, e => Stored_(ImportRows.Entity(e, "g1", Graph.DocumentTexts.GetValueOrDefault(e.Id))));
        using var server = ReplayServer.Start(request =>
        {
            var ids = request.Statements[0].Parameters.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!);
            return Answer(["entity"], ids.Select(id => new object?[] { Project(stored[id], ProjectedKeys(Stored.EntityProjection)) }));
        });

        var read = await new Neo4jGraphStore(server.Client()).GetEntitiesAsync([.. Graph.Entities.Select(e => e.Id)], Token);

        Assert.Equal(Graph.Entities.Count, read.Count);
        Assert.Equal(Graph.Entities.Select(Json), Graph.Entities.Select(e => Json(read[e.Id])));
        Assert.Contains(Graph.Entities, e => e.Evidence.Any(x => x.Supports.Count > 1)); // the graph exercises joined supports
    }

    [Fact]
    public async Task Every_relation_reads_back_as_written()
    {
        var keys = ProjectedKeys(Stored.RelationProjection("r"));
        using var server = ReplayServer.Start(request =>
        {
            var ids = request.Statements[0].Parameters.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToHashSet();
            return Answer(["id", "relation"], Graph.Relations.Where(r => ids.Contains(r.From)).Select(r =>
            {
                var node = Project(Stored_((Dictionary<string, object?>)ImportRows.Relation(r, "g1")["properties"]!), keys);
                node["type"] = r.Type; // type(r), startNode(r).id, endNode(r).id
                node["from"] = r.From;
                node["to"] = r.To;
                return new object?[] { r.From, node };
            }));
        });

        var read = await new Neo4jGraphStore(server.Client()).GetRelationsAsync([.. Graph.Entities.Select(e => e.Id)],
            new RelationQuery { Direction = Direction.Out, Limit = 10_000 }, Token);

        var back = read.Values.SelectMany(list => list).ToDictionary(r => r.Id);
        Assert.Equal(Graph.Relations.Count, back.Count);
        Assert.Equal(Graph.Relations.Select(Json), Graph.Relations.Select(r => Json(back[r.Id])));
    }

    [Fact]
    public void Evidence_is_stored_as_plain_parallel_lists()
    {
        var entity = Graph.Entities.First(e => e.Evidence.Count > 1 && e.Evidence.Any(x => x.Supports.Count > 0) && e.Evidence.Any(x => x.Supports.Count == 0));

        var row = ImportRows.Entity(entity, "g1");

        Assert.Equal(entity.Evidence.Select(x => x.DocumentId), (string[])row["evidenceDocs"]!);
        Assert.Equal(entity.Evidence.Select(x => x.Quote), (string[])row["evidenceQuotes"]!);
        Assert.Equal(entity.Evidence.Select(x => x.Start ?? -1), (int[])row["evidenceStarts"]!);
        Assert.Equal(entity.Evidence.Select(x => x.End ?? -1), (int[])row["evidenceEnds"]!);
        Assert.Equal(entity.Evidence.Select(x => string.Join(",", x.Supports)), (string[])row["evidenceSupports"]!);
        Assert.Contains("", (string[])row["evidenceSupports"]!);
        Assert.Equal("g1", row["gen"]);
        Assert.DoesNotContain("evidence", row.Keys);
    }

    [Fact]
    public void Lists_of_different_lengths_are_refused_as_a_broken_store()
    {
        using var map = JsonDocument.Parse("""{"evidenceDocs": ["d1", "d2"], "evidenceQuotes": ["q1"], "evidenceStarts": [0, 1], "evidenceEnds": [1, 2]}""");

        var error = Assert.Throws<ApecGraph.Neo4j.Http.Neo4jResponseException>(() => EvidenceLists.Read(map.RootElement));

        Assert.Contains("differ in length", error.Message, StringComparison.Ordinal);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>What <c>SET e = row</c> keeps: the non-null values (Neo4j stores no nulls).</summary>
    private static Dictionary<string, object?> Stored_(Dictionary<string, object?> row) =>
        row.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>The keys a map projection names with <c>.key</c>, read from its text.</summary>
    private static List<string> ProjectedKeys(string projection) => [.. DottedKey().Matches(projection).Select(m => m.Groups[1].Value)];

    private static Dictionary<string, object?> Project(Dictionary<string, object?> node, IEnumerable<string> keys) =>
        keys.ToDictionary(k => k, k => node.GetValueOrDefault(k));

    private static Reply Answer(string[] columns, IEnumerable<object?[]> rows) => new(200, JsonSerializer.Serialize(new
    {
        results = new[] { new { columns, data = rows.Select(row => new { row, meta = row.Select(_ => (object?)null) }) } },
        errors = Array.Empty<object>(),
    }));

    [GeneratedRegex(@"[{,]\s*\.(\w+)")]
    private static partial Regex DottedKey();
}
