using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>Typed navigation follows ACTUAL relations unless asked for more; relations(...) shows every relation with its modality.
/// On a synthetic graph where economy e0 chaired meeting m0 and is only PLANNED to chair m1.</summary>
public sealed class ModalityQueries : IDisposable
{
    private readonly SyntheticGraph _graph = new(proposals: 2, economies: 2, meetings: 2,
        new SyntheticRelation("economy:e0", "CHAIRED", "meeting:m0"),
        new SyntheticRelation("economy:e0", "CHAIRED", "meeting:m1", "PLANNED"));
    private readonly ApiFactory _api;

    public ModalityQueries() => _api = new ApiFactory(_graph.GraphSeedsPath);

    [Fact]
    public async Task Economy_chaired_leaves_out_the_planned_chair_by_default()
    {
        var data = await Query("""{ entity(id: "economy:e0") { ... on Economy { chaired { id } } } }""");

        Assert.Equal(["meeting:m0"], Ids(data.GetProperty("entity").GetProperty("chaired")));
    }

    [Fact]
    public async Task Economy_chaired_includes_the_planned_chair_when_asked()
    {
        var data = await Query("""
            { entity(id: "economy:e0") { ... on Economy { all: chaired(modality: [ACTUAL, PLANNED]) { id } planned: chaired(modality: [PLANNED]) { id } } } }
            """);
        var economy = data.GetProperty("entity");

        Assert.Equal(["meeting:m0", "meeting:m1"], Ids(economy.GetProperty("all")).Order());
        Assert.Equal(["meeting:m1"], Ids(economy.GetProperty("planned")));
    }

    [Fact]
    public async Task Meeting_chairs_follows_the_same_rule_from_the_other_end()
    {
        var data = await Query("""{ entity(id: "meeting:m1") { ... on Meeting { chairs { __typename } planned: chairs(modality: [PLANNED]) { ... on Entity { id } } } } }""");
        var meeting = data.GetProperty("entity");

        Assert.Empty(meeting.GetProperty("chairs").EnumerateArray());
        Assert.Equal(["economy:e0"], Ids(meeting.GetProperty("planned")));
    }

    [Fact]
    public async Task Relations_shows_every_relation_with_its_modality_and_filters_by_it()
    {
        var data = await Query("""
            { entity(id: "economy:e0") {
                every: relations(types: ["CHAIRED"]) { to { id } modality }
                planned: relations(types: ["CHAIRED"], modality: [PLANNED]) { to { id } } } }
            """);
        var entity = data.GetProperty("entity");

        Assert.Equal(["meeting:m0 ACTUAL", "meeting:m1 PLANNED"],
            entity.GetProperty("every").EnumerateArray().Select(r => $"{r.GetProperty("to").GetProperty("id").GetString()} {r.GetProperty("modality").GetString()}").Order());
        Assert.Equal(["meeting:m1"], entity.GetProperty("planned").EnumerateArray().Select(r => r.GetProperty("to").GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task A_root_list_filter_counts_only_the_actual_chair()
    {
        var data = await Query("""{ meetings(chair: "economy:e0") { totalCount edges { node { id } } } }""");

        Assert.Equal(1, data.GetProperty("meetings").GetProperty("totalCount").GetInt32());
        Assert.Equal("meeting:m0", data.GetProperty("meetings").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());
    }

    public void Dispose()
    {
        _api.Dispose();
        _graph.Dispose();
    }

    private Task<JsonElement> Query(string query) => _api.CreateClient().QueryAsync(query);

    private static IEnumerable<string> Ids(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!);
}
