using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>Questions a researcher asks of the three documents, answered through the API alone,
/// with the answers the texts give (not read back from graph-seeds).</summary>
public abstract class ResearchQuestions(IApiUnderTest api)
{
    [Fact]
    public async Task Which_organisations_presented_in_the_star_session_on_collaboration_for_secure_trade()
    {
        var hit = await First("Collaboration in the APEC Region for a secure trade", "MEETING");
        var data = await Query($$"""{ entity(id: "{{hit}}") { ... on Meeting { partOf { id } speakers { ... on Entity { id kind } } } } }""");

        Assert.Equal("meeting:star-11-2020", data.GetProperty("entity").GetProperty("partOf").GetProperty("id").GetString());
        Assert.Equal(["organisation:cistec", "organisation:intel-microelectronics-malaysia", "organisation:pacific-forum"],
            Ids(data.GetProperty("entity").GetProperty("speakers")).Order());
    }

    [Fact]
    public async Task Which_central_bank_presented_fatf_guidance_and_in_which_session()
    {
        var bank = await First("Malaysia Central Bank", "ORGANISATION");
        var data = await Query($$"""{ entity(id: "{{bank}}") { ... on Organisation { economy { id } meetings { id name partOf { id } } } } }""");
        var session = Assert.Single(data.GetProperty("entity").GetProperty("meetings").EnumerateArray());

        Assert.Equal("economy:malaysia", data.GetProperty("entity").GetProperty("economy").GetProperty("id").GetString());
        Assert.Contains("FATF", session.GetProperty("name").GetString());
        Assert.Equal("meeting:star-11-2020", session.GetProperty("partOf").GetProperty("id").GetString());
    }

    [Fact]
    public async Task What_som2_2022_endorsed_on_customs_measures_and_vaccine_logistics()
    {
        var data = await Query("""
            { proposals(meeting: "meeting:som2-2022", status: "ENDORSED", category: "guideline") { edges { node {
                title relations(types: ["DELIBERATED_AT"]) { status evidence { quote } } } } } }
            """);
        var guideline = Assert.Single(Nodes(data.GetProperty("proposals")));
        var quotes = string.Join(" ", guideline.GetProperty("relations").EnumerateArray()
            .SelectMany(r => r.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("quote").GetString()));

        Assert.Contains("custom measures against illicit COVID-19 related goods", quotes);
        Assert.Contains("vaccines", quotes);
        Assert.Contains("endorsed", quotes);
    }

    [Fact]
    public async Task Which_apec_bodies_were_told_to_continue_their_work_virtually_and_by_whom()
    {
        var data = await Query("""
            { entity(id: "proposal:guidance-apec-bodies") { ... on Proposal {
                proposers { ... on Entity { id } } meeting { id }
                relations(types: ["ADDRESSED_TO"], direction: OUT) { to { id name } } } } }
            """);
        var guidance = data.GetProperty("entity");

        Assert.Equal(["economy:malaysia"], Ids(guidance.GetProperty("proposers")));
        Assert.Equal("meeting:vesom-2020-05-27", guidance.GetProperty("meeting").GetProperty("id").GetString());
        var bodies = guidance.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("to").GetProperty("name").GetString()!).ToList();
        Assert.Contains(bodies, b => b.Contains("Committees"));
        Assert.Contains(bodies, b => b.Contains("Working Groups"));
    }

    [Fact]
    public async Task Who_opened_the_star_conference_and_what_posts_he_holds()
    {
        var data = await Query("""
            { entity(id: "person:kennedy-mayong-onon") { ... on Person { honorific economy { id }
                roles { title organisation { id } evidence { document { id } } } meetings { id } } } }
            """);
        var person = data.GetProperty("entity");
        var roles = person.GetProperty("roles").EnumerateArray().ToList();

        Assert.Equal("economy:malaysia", person.GetProperty("economy").GetProperty("id").GetString());
        Assert.Contains(roles, r => r.GetProperty("title").GetString()!.StartsWith("Undersecretary"));
        Assert.Contains(roles, r => r.GetProperty("organisation").GetProperty("id").GetString() == "organisation:ctwg");
        Assert.All(roles, r => Assert.NotEmpty(r.GetProperty("evidence").EnumerateArray()));
        Assert.Contains("meeting:star-11-2020", Ids(person.GetProperty("meetings")));
    }

    [Fact]
    public async Task What_resolution_2325_asks_of_the_1540_committee()
    {
        var data = await Query("""
            { entity(id: "resolution:2325-2016") { ... on Resolution { number year citedBy { id } provisions { type to { id } } } } }
            """);
        var resolution = data.GetProperty("entity");

        Assert.Equal(2325, resolution.GetProperty("number").GetInt32());
        Assert.Equal(2016, resolution.GetProperty("year").GetInt32());
        Assert.Equal(["document:un-1540-star-2020"], Ids(resolution.GetProperty("citedBy")));
        var provisions = resolution.GetProperty("provisions").EnumerateArray().ToList();
        Assert.Contains(provisions, p => p.GetProperty("type").GetString() == "DECIDES" && p.GetProperty("to").GetProperty("id").GetString() == "organisation:1540-committee");
        Assert.Contains(provisions, p => p.GetProperty("type").GetString() == "REQUESTS" && p.GetProperty("to").GetProperty("id").GetString() == "organisation:1540-committee");
    }

    [Fact]
    public async Task Resolution_1540_is_cited_by_the_un_note_and_the_malaysian_letter()
    {
        var data = await Query("""{ entity(id: "resolution:1540-2004") { ... on Resolution { citedBy { id } } } }""");

        Assert.Superset(new HashSet<string> { "document:un-1540-star-2020", "document:malaysia-letter-1540-chair-2020-10-08" },
            Ids(data.GetProperty("entity").GetProperty("citedBy")).ToHashSet());
    }

    [Fact]
    public async Task A_statement_issued_by_a_meeting_answers_with_the_meeting()
    {
        var data = await Query("""{ entity(id: "proposal:mrt-statement-2020-07") { ... on Proposal { issuedBy { __typename ... on Entity { id } } } } }""");

        Assert.Contains(data.GetProperty("entity").GetProperty("issuedBy").EnumerateArray(),
            i => i.GetProperty("__typename").GetString() == "Meeting" && i.GetProperty("id").GetString() == "meeting:mrt-2020-07");
    }

    [Fact]
    public async Task The_bangkok_goals_are_only_expected_to_go_to_the_leaders_in_november_2022()
    {
        var data = await Query("""
            { entity(id: "proposal:bangkok-goals-bcg-economy") { relations(types: ["DELIBERATED_AT", "ADDRESSED_TO"], direction: OUT) {
                type modality status to { id } evidence { quote } } } }
            """);
        var relations = data.GetProperty("entity").GetProperty("relations").EnumerateArray()
            .ToDictionary(r => r.GetProperty("to").GetProperty("id").GetString()!);

        // "…had a productive discussion on the draft …, which will be further developed and submitted for endorsement by APEC leaders in Bangkok in November 2022."
        Assert.Equal(["meeting:apec-leaders-2022-11", "meeting:som1-2022", "meeting:som2-2022", "organisation:apec-leaders"], relations.Keys.Order());
        foreach (var future in new[] { "meeting:apec-leaders-2022-11", "organisation:apec-leaders" })
        {
            Assert.Equal("EXPECTED", relations[future].GetProperty("modality").GetString());
            Assert.Equal(JsonValueKind.Null, relations[future].GetProperty("status").ValueKind);
            Assert.Contains("will be further developed and submitted for endorsement by APEC leaders", relations[future].GetProperty("evidence")[0].GetProperty("quote").GetString());
        }
        Assert.Equal(("ACTUAL", "DELIBERATED"), (relations["meeting:som2-2022"].GetProperty("modality").GetString(), relations["meeting:som2-2022"].GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Miti_is_one_entity_that_two_documents_state_things_about()
    {
        var data = await Query("""{ entity(id: "organisation:miti") { documents { id } } }""");
        Assert.Equal(["document:miti-vesom-2020", "document:un-1540-star-2020"], Ids(data.GetProperty("entity").GetProperty("documents")).Order());
    }

    [Fact]
    public async Task Root_lists_filter_by_economy_date_format_and_host()
    {
        var data = await Query("""
            { people(economy: "economy:malaysia") { edges { node { id } } }
              in2022: meetings(from: "2022", to: "2022") { edges { node { id } } }
              virtual: meetings(format: VIRTUAL) { edges { node { id } } }
              thai: meetings(host: "economy:thailand") { edges { node { id } } }
              endorsed: proposals(status: "endorsed", proposer: "economy:australia") { edges { node { id } } } }
            """);

        // the note names Kennedy, Syed and Zahid with Malaysia; Hairil only with MITI ("Ministry of International Trade and
        // Industry"), never with Malaysia, so he is not in Malaysia's people (he is reached through his post at MITI)
        Assert.Equal(["person:kennedy-mayong-onon", "person:syed-mohamad-hasrin-aidid", "person:zahid-rastam"],
            Ids(Nodes(data.GetProperty("people"))).Order());
        Assert.Contains("meeting:som2-2022", Ids(Nodes(data.GetProperty("in2022"))));
        Assert.DoesNotContain("meeting:vesom-2020-05-27", Ids(Nodes(data.GetProperty("in2022"))));
        Assert.Superset(new HashSet<string> { "meeting:vesom-2020-05-27", "meeting:star-11-2020" }, Ids(Nodes(data.GetProperty("virtual"))).ToHashSet());
        Assert.Contains("meeting:som2-2022", Ids(Nodes(data.GetProperty("thai"))));
        Assert.Single(Nodes(data.GetProperty("endorsed")));
    }

    [Theory]
    [InlineData("U.S.A.", "economy:united-states")]
    [InlineData("usa", "economy:united-states")]
    [InlineData("CISTEC", "organisation:cistec")]
    [InlineData("ctwg", "organisation:ctwg")]
    public async Task Search_folds_case_and_punctuation_and_ranks_the_named_entity_first(string text, string expected) =>
        Assert.Equal(expected, await First(text, null));

    private async Task<string> First(string text, string? kind)
    {
        var kinds = kind is null ? "" : $", kinds: [{kind}]";
        var data = await Query($$"""query($t: String!) { search(text: $t{{kinds}}) { entity { id } } }""", new { t = text });
        return data.GetProperty("search")[0].GetProperty("entity").GetProperty("id").GetString()!;
    }

    private Task<JsonElement> Query(string query, object? variables = null) => api.CreateClient().QueryAsync(query, variables);

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    private static IEnumerable<string> Ids(IEnumerable<JsonElement> list) => list.Select(e => e.GetProperty("id").GetString()!);

    private static IEnumerable<string> Ids(JsonElement list) => Ids(list.EnumerateArray());
}

[Collection(SharedApi.Name)]
public sealed class ResearchQuestionsOnEmbeddedStore(RepositoryApi api) : ResearchQuestions(api);
