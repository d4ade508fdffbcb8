using System.Text.Json;
using System.Text.RegularExpressions;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>
/// <see cref="Neo4jGraphStore.ListEntitiesAsync"/> on what a real Neo4j 5.26 answered (Fixtures/entity-list-recorded.jsonl):
/// for each recorded call the store must send the recorded statement and parameters (else the replay refuses and the
/// test fails), and its page must equal the embedded store's on the repository graph.
/// <para>Since issue 12 the statement also reads the current generation and projects the evidence lists: the replay
/// maps those additions back (<see cref="RecordedNeo4j.WithoutGeneration"/>) before it looks for the recording. So this
/// checks the paging and the mapping of real answers, and that nothing else in the statement changed; it does NOT show
/// that the current text runs on Neo4j. No real server has answered it yet: the integration tests do that at review.</para>
/// <para>Before issue 12, the list statement without date or related filters was the only read statement whose text had
/// a real recording; date filters (rewritten as spans), related filters (now counting ACTUAL relations only), search,
/// paths, entities, relations, exists and status have none and are compared only by the integration tests against a real
/// server.</para>
/// </summary>
public sealed partial class EntityListOnRecordedAnswersTests : IDisposable
{
    private static readonly RecordedNeo4j Neo4j = RecordedNeo4j.Load("entity-list-recorded.jsonl");
    private static readonly EmbeddedGraphStore Embedded = new(RepositoryGraph.Graph);

    private readonly ReplayServer server = ReplayServer.Start(Neo4j.Answer);

    public void Dispose() => server.Dispose();

    public static TheoryData<int> Recordings => [.. Enumerable.Range(0, Neo4j.Recordings.Count)];

    [Theory]
    [MemberData(nameof(Recordings))]
    public async Task The_recorded_page_is_the_embedded_stores_page(int index)
    {
        var recording = Neo4j.Recordings[index];
        var query = QueryOf(recording);
        var token = TestContext.Current.CancellationToken;

        var actual = await new Neo4jGraphStore(server.Client()).ListEntitiesAsync(query, token);
        var expected = await Embedded.ListEntitiesAsync(query, token);

        Assert.Equal(expected.TotalCount, actual.TotalCount);
        Assert.Equal(expected.HasNextPage, actual.HasNextPage);
        Assert.Equal(expected.Items.Select(e => e.Id), actual.Items.Select(e => e.Id));
    }

    // The recordings with related filters were dropped: the filter now counts only ACTUAL relations
    // (`AND rel0.modality IS NULL`), a text no real server has answered yet.
    [Fact]
    public void The_recordings_cover_case_insensitive_equality()
    {
        Assert.Contains(Neo4j.Recordings, r => r.Parameters?["eqValue0"]?.GetValue<string>() == "virtual"); // stored VIRTUAL
    }

    /// <summary>The query that, by the recording's parameters and arrows, asked for this statement.</summary>
    private static EntityQuery QueryOf(Recording recording)
    {
        var p = recording.Parameters!.AsObject();
        string? Get(string name) => p.TryGetPropertyValue(name, out var v) && v is not null ? v.GetValue<string>() : null;
        var equals = new Dictionary<string, string>();
        for (var i = 0; Get($"eqKey{i}") is { } key; i++) equals[key[Stored.PropertyPrefix.Length..]] = Get($"eqValue{i}")!;
        var related = new List<RelatedFilter>();
        for (var i = 0; Get($"relatedId{i}") is { } other; i++)
        {
            var arrow = Regex.Match(recording.Text, $@"\(e\)(<?)-\[rel{i}\]-(>?)");
            var direction = arrow.Groups[1].Length > 0 ? Direction.In : arrow.Groups[2].Length > 0 ? Direction.Out : Direction.Both;
            related.Add(new RelatedFilter(Get($"relatedType{i}")!, direction, other));
        }
        return new EntityQuery
        {
            Kind = Get("kind") is { } kind ? Enum.Parse<EntityKind>(kind) : null,
            PropertyEquals = equals,
            Related = related,
            First = p["limit"]!.GetValue<int>() - 1,
            AfterId = Get("afterId"),
        };
    }
}
