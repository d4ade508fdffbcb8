using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>"Who proposed what at which meeting": what a reader of the MITI release on VESOM expects.</summary>
public abstract class VesomQueries(IApiUnderTest api)
{
    private const string Vesom = "meeting:vesom-2020-05-27";

    private const string ProposalsQuery = """
        { proposals(first: 50) { totalCount edges { node {
            id title status
            proposers { ... on Entity { id name } }
            meeting { id name startDate format }
            relations(types: ["PROPOSED"], direction: IN) { from { id } evidence { quote document { id source } } }
        } } } }
        """;

    [Fact]
    public async Task Every_vesom_proposal_comes_with_its_proposers_meeting_and_evidence()
    {
        var data = await api.CreateClient().QueryAsync(ProposalsQuery);

        var atVesom = Nodes(data.GetProperty("proposals"))
            .Where(p => p.GetProperty("meeting").ValueKind == JsonValueKind.Object && p.GetProperty("meeting").GetProperty("id").GetString() == Vesom)
            .ToDictionary(p => p.GetProperty("id").GetString()!);

        Assert.Equal(
            ["proposal:apec-covid-19-live", "proposal:covid-19-sub-fund", "proposal:declaration-movement-essential-goods",
             "proposal:guidance-apec-bodies", "proposal:medical-goods-trade-initiative"],
            atVesom.Keys.Order());
        Assert.Equal(["economy:malaysia"], Proposers(atVesom["proposal:apec-covid-19-live"]));
        Assert.Equal(["economy:malaysia"], Proposers(atVesom["proposal:declaration-movement-essential-goods"]));
        Assert.Equal(["economy:malaysia"], Proposers(atVesom["proposal:guidance-apec-bodies"]));
        Assert.Equal(["economy:china"], Proposers(atVesom["proposal:covid-19-sub-fund"]));
        Assert.Equal(["economy:new-zealand", "economy:singapore"], Proposers(atVesom["proposal:medical-goods-trade-initiative"]));

        var meeting = atVesom["proposal:covid-19-sub-fund"].GetProperty("meeting");
        Assert.Equal("2020-05-27", meeting.GetProperty("startDate").GetString());
        Assert.Equal("VIRTUAL", meeting.GetProperty("format").GetString());

        var joint = atVesom["proposal:medical-goods-trade-initiative"].GetProperty("relations").EnumerateArray()
            .SelectMany(r => r.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.Contains(joint, e => e.GetProperty("quote").GetString()!.Contains("Singapore and New Zealand jointly proposed")
                                    && e.GetProperty("document").GetProperty("source").GetString() == "000_fa8b4b861ec3433a.txt");
    }

    [Fact]
    public async Task Entity_by_id_gives_the_meeting_with_its_chair_and_the_statement_it_operationalises()
    {
        var data = await api.CreateClient().QueryAsync($$"""
            { entity(id: "{{Vesom}}") { id kind name aliases
                ... on Meeting { startDate format chairs { ... on Entity { id } } operationalises { id }
                                 proposals { id } } } }
            """);
        var meeting = data.GetProperty("entity");

        Assert.Equal("MEETING", meeting.GetProperty("kind").GetString());
        Assert.Contains("VESOM", meeting.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("economy:malaysia", Ids(meeting.GetProperty("chairs")));
        Assert.Contains("proposal:mrt-statement-covid-19-2020-05", Ids(meeting.GetProperty("operationalises")));
        Assert.Equal(5, meeting.GetProperty("proposals").GetArrayLength());
    }

    [Fact]
    public async Task Entity_by_unknown_id_is_null_not_an_error()
    {
        var data = await api.CreateClient().QueryAsync("""{ entity(id: "economy:atlantis") { id } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("entity").ValueKind);
    }

    [Theory]
    [InlineData("VESOM", "meeting:vesom-2020-05-27")]
    [InlineData("vesom", "meeting:vesom-2020-05-27")]
    [InlineData("MITI", "organisation:miti")]
    [InlineData("Ministry of International Trade & Industry", "organisation:miti")]
    [InlineData("People’s Republic of China", "economy:china")]
    [InlineData("peoples republic of china", "economy:china")]
    [InlineData("ABAC", "organisation:abac")]
    [InlineData("APEC COVID-19 LIVE", "proposal:apec-covid-19-live")]
    public async Task Search_finds_what_a_reader_of_the_release_expects_first(string text, string expectedFirst)
    {
        var data = await api.CreateClient().QueryAsync(
            "query($t: String!) { search(text: $t) { score matched entity { id name } } }", new { t = text });
        var hits = data.GetProperty("search").EnumerateArray().ToList();

        Assert.NotEmpty(hits);
        Assert.Equal(expectedFirst, hits[0].GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_can_be_limited_to_kinds()
    {
        var data = await api.CreateClient().QueryAsync("""{ search(text: "Malaysia", kinds: [ORGANISATION], first: 20) { entity { kind } } }""");
        var kinds = data.GetProperty("search").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("kind").GetString()).ToList();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("ORGANISATION", k));
    }

    [Fact]
    public async Task An_economy_lists_its_proposals_and_the_meetings_it_chaired()
    {
        var data = await api.CreateClient().QueryAsync("""
            { entity(id: "economy:malaysia") { ... on Economy { proposals { id } chaired { id } } } }
            """);
        var malaysia = data.GetProperty("entity");

        Assert.Superset(new HashSet<string> { "proposal:apec-covid-19-live", "proposal:declaration-movement-essential-goods", "proposal:guidance-apec-bodies" },
            Ids(malaysia.GetProperty("proposals")).ToHashSet());
        Assert.Contains(Vesom, Ids(malaysia.GetProperty("chaired")));
    }

    [Fact]
    public async Task Malaysia_chaired_vesom_and_only_planned_to_chair_the_june_meetings()
    {
        var data = await api.CreateClient().QueryAsync("""
            { entity(id: "economy:malaysia") { relations(types: ["CHAIRED"], direction: OUT) { to { id } role modality evidence { quote } } } }
            """);
        var chaired = data.GetProperty("entity").GetProperty("relations").EnumerateArray()
            .ToDictionary(r => r.GetProperty("to").GetProperty("id").GetString()!);

        // "Malaysia successfully chaired the APEC Virtual Extraordinary Senior Officials’ Meeting (VESOM) on COVID-19 yesterday"
        Assert.Equal("ACTUAL", chaired[Vesom].GetProperty("modality").GetString());
        Assert.Equal(JsonValueKind.Null, chaired[Vesom].GetProperty("role").ValueKind); // "Chair of APEC 2020" is said of the third proposal, not of chairing
        // "preparations are already underway for Malaysia to chair another VESOM and a virtual MRT meeting, in late June 2020"
        foreach (var planned in new[] { "meeting:vesom-2-2020-06", "meeting:mrt-virtual-2020-06" })
        {
            Assert.Equal("PLANNED", chaired[planned].GetProperty("modality").GetString());
            Assert.Contains("preparations are already underway for Malaysia to chair another VESOM and a virtual MRT meeting, in late June 2020",
                chaired[planned].GetProperty("evidence")[0].GetProperty("quote").GetString());
        }
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    private static IEnumerable<string> Ids(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!);

    private static List<string> Proposers(JsonElement proposal) => [.. Ids(proposal.GetProperty("proposers")).Order()];
}

[Collection(SharedApi.Name)]
public sealed class VesomQueriesOnEmbeddedStore(RepositoryApi api) : VesomQueries(api);
