using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.Tests.Prefetch;

/// <summary>
/// A root list's selection read into a plan and answered in one store call (as Neo4j answers it), the loaders primed
/// with the answer: the same answers as loading level by level, and the levels the plan covers send nothing more.
/// The prefetching store here is the embedded one answering the plan in memory (<see cref="LevelPrefetchingStore"/>);
/// the Neo4j suite checks the same on a real server.
/// </summary>
public sealed class PrefetchParityTests
{
    public static readonly string Proposals = BenchQuery("proposals"), Evidence = BenchQuery("evidence");

    public static TheoryData<string, string> Queries => new()
    {
        { "bench proposals", Proposals },
        { "bench evidence", Evidence },
        { "fragments, aliases, a union", """
            fragment Who on Entity { id name }
            { meetings(first: 30) { totalCount edges { cursor node { id
                chairs { ...Who ... on Economy { proposals { id } } }
                a: proposals { id meetings { id } } b: proposals(modality: [PLANNED, EXPECTED]) { title }
                sessions { id partOf { id } } partOf { id name } host { id }
                followedBy(modality: [PLANNED]) { id } } } } }
            """ },
        { "relations with arguments and variables", """
            query($t: [String!], $d: Direction) { proposals(first: 15) { items { id
                relations(types: ["PROPOSED"], direction: IN, first: 1) { id type from { id } to { id } }
                all: relations { id modality }
                byVariable: relations(types: $t, direction: $d) { id }
                out: relations(direction: OUT, modality: [ACTUAL]) { id evidence { quote document { id } } } } } }
            """ },
        { "deeper than the plan goes", """
            { meetings(first: 50) { edges { node { id
                sessions { partOf { sessions { partOf { id chairs { ... on Entity { id } } } } } } } } } }
            """ },
        { "lookups", """
            { chile: entity(id: "economy:chile") { id ... on Economy { proposals { id proposers { ... on Entity { id } } } officials { id } } }
              none: entity(id: "economy:atlantis") { id relations { id } }
              plain: entity(id: "meeting:som2-2022") { name }
              entities(ids: ["meeting:som2-2022", "economy:atlantis", "proposal:abtc-scope-expansion", "meeting:som2-2022"]) {
                id relations(direction: OUT) { type } ... on Meeting { chairs { ... on Entity { id } } } } }
            """ },
        { "other lists and a second page", """
            { organisations(first: 3, after: "djE6b3JnYW5pc2F0aW9uOmFwZWM") { edges { node { id parent { id } members { id } people { name } } } }
              people(first: 50) { edges { node { id economy { id officials { id } } meetings { id } } } }
              documents { edges { node { id mentions { id } publisher { ... on Entity { id } } } } } }
            """ },
    };

    private static string BenchQuery(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "bench", "queries", name + ".json"))).RootElement.GetProperty("query").GetString()!;

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_prefetched_answer_equals_the_level_by_level_one(string name, string query)
    {
        _ = name;
        var variables = new { t = new[] { "DELIBERATED_AT" }, d = "OUT" };
        using var plain = Api(null);
        using var prefetching = Api(inner => new LevelPrefetchingStore(inner));

        var expected = await plain.CreateClient().PostAsync(query, variables);
        var actual = await prefetching.CreateClient().PostAsync(query, variables);

        Assert.Null(expected.Errors);
        Assert.Null(actual.Errors);
        // extensions differ (they count store calls): the data must not
        Assert.Equal(expected.Data.GetRawText(), actual.Data.GetRawText());
    }

    [Fact]
    public async Task Bench_proposals_is_one_store_call_and_evidence_two()
    {
        LevelPrefetchingStore? store = null;
        using var api = Api(inner => store = new LevelPrefetchingStore(inner));
        using var client = api.CreateClient();

        await client.QueryAsync(Proposals);
        Assert.Equal(["ListEntitiesAsync+plan"], store!.Calls);

        store.Reset();
        await client.QueryAsync(Evidence);
        // the page with chairs, proposals, their proposers and every relation; then the evidence's documents
        Assert.Equal(["ListEntitiesAsync+plan", "GetEntitiesAsync"], store.Calls);
    }

    [Fact]
    public async Task The_plan_has_each_navigation_level_and_merges_fields_of_one_relation_query()
    {
        LevelPrefetchingStore? store = null;
        using var api = Api(inner => store = new LevelPrefetchingStore(inner));

        await api.CreateClient().QueryAsync("""
            { meetings(first: 2) { edges { node {
                proposals { id proposers { ... on Entity { id } } }
                more: proposals { meeting { id } }
                relations(types: ["CHAIRED"], direction: IN) { id } } } } }
            """);

        var plan = Assert.Single(store!.Plans);
        Assert.Equal(2, plan.Depth);
        Assert.Equal(["In:500:DELIBERATED_AT", "In:50:CHAIRED"], plan.Relations.Select(r => Key(r.Query)));
        var proposals = plan.Relations[0];
        Assert.Equal(["In:500:PROPOSED", "Out:500:DELIBERATED_AT"], proposals.Ends!.Relations.Select(r => Key(r.Query)));
        Assert.All(proposals.Ends.Relations, r => Assert.True(r.Ends is { IsEmpty: true }));
        Assert.Null(plan.Relations[1].Ends); // relations: only the relations, their ends load as asked
    }

    [Fact]
    public async Task A_relations_field_asks_the_store_for_its_first_relations_unless_it_filters_by_modality()
    {
        LevelPrefetchingStore? store = null;
        using var api = Api(inner => store = new LevelPrefetchingStore(inner));

        var answer = await api.CreateClient().PostAsync("""
            query($n: Int, $m: [Modality!]) { meetings(first: 20) { edges { node {
                few: relations(first: 3) { id }
                byVariable: relations(first: $n, direction: OUT) { id }
                none: relations(first: 0, direction: IN) { id }
                actual: relations(first: 3, modality: [ACTUAL], types: ["CHAIRED"]) { id }
                noModality: relations(first: 4, modality: $m, types: ["CHAIRED"]) { id } } } } }
            """, new { n = 7, m = (string[]?)null });

        Assert.Null(answer.Errors);
        // a modality filter keeps the bound (the store cannot filter by it); without one, the store stops at first
        Assert.Equal(["Both:3:", "Out:7:", "In:0:", "Both:500:CHAIRED", "Both:4:CHAIRED"], Assert.Single(store!.Plans).Relations.Select(r => Key(r.Query)));
        // every field is answered from the plan: its queries are the ones the fields' resolvers load
        Assert.Equal(["ListEntitiesAsync+plan"], store.Calls);
        var som2 = answer.Data.GetProperty("meetings").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .First(n => n.GetProperty("few").GetArrayLength() == 3);
        Assert.Equal(0, som2.GetProperty("none").GetArrayLength());
    }

    [Fact]
    public async Task The_plan_stops_at_its_depth_and_the_deeper_levels_load_as_they_resolve()
    {
        LevelPrefetchingStore? store = null;
        using var api = Api(inner => store = new LevelPrefetchingStore(inner));

        await api.CreateClient().QueryAsync("""
            { meetings(first: 50) { edges { node { sessions { partOf { sessions { chairs { ... on Entity { id } } } } } } } } }
            """);

        Assert.Equal(PrefetchPlan.MaxDepth, Assert.Single(store!.Plans).Depth);
        // the fourth level: the sessions' chairs, in one batch (none has a chair, so no entities follow)
        Assert.Equal(["ListEntitiesAsync+plan", "GetRelationsAsync"], store.Calls);
    }

    [Fact]
    public async Task A_lookup_with_its_neighbours_is_one_store_call_and_one_without_them_uses_the_entity_loader()
    {
        LevelPrefetchingStore? store = null;
        using var api = Api(inner => store = new LevelPrefetchingStore(inner));
        using var client = api.CreateClient();

        await client.QueryAsync("""{ entity(id: "economy:chile") { id ... on Economy { proposals { id proposers { ... on Entity { id } } } } } }""");
        Assert.Equal(["PrefetchAsync"], store!.Calls);

        store.Reset();
        await client.QueryAsync("""{ a: entity(id: "economy:chile") { name } b: entities(ids: ["economy:peru"]) { name } }""");
        Assert.Equal(["GetEntitiesAsync"], store.Calls);
    }

    [Fact]
    public async Task A_list_whose_selection_follows_no_relation_sends_no_plan()
    {
        LevelPrefetchingStore? store = null;
        using var api = Api(inner => store = new LevelPrefetchingStore(inner));

        await api.CreateClient().QueryAsync("{ proposals(first: 5) { totalCount edges { node { id title } } } }");

        Assert.Equal(["ListEntitiesAsync"], store!.Calls);
    }

    // The response cache off: every request is answered by the store.
    private static ApiFactory Api(Func<IGraphStore, IGraphStore>? wrap) =>
        new(wrapStore: wrap, settings: new Dictionary<string, string> { ["ResponseCache:Enabled"] = "false" });

    private static string Key(RelationQuery query) => ApecGraph.Api.GraphQL.Loading.GraphLoaders.KeyOf(query);
}
