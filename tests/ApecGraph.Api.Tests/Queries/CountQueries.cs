using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>
/// Grouped counts against counts made here, from the lists themselves: the list fetched whole with the same filters,
/// each item's keys read from its own fields (only ACTUAL relations, as the lists' filters count), and counted and
/// ordered in the test (count descending, then key ordinal, the null key last among equal counts).
/// </summary>
public abstract class CountQueries(IApiUnderTest api)
{
    [Theory]
    [InlineData("PROPOSER", "PROPOSED", "IN", "")]
    [InlineData("MEETING", "DELIBERATED_AT", "OUT", "")]
    [InlineData("PROPOSER", "PROPOSED", "IN", """status: "ENDORSED" """)]
    [InlineData("MEETING", "DELIBERATED_AT", "OUT", """proposer: "economy:thailand" """)]
    public async Task Proposals_per_related_entity_are_the_counts_of_the_list(string by, string type, string direction, string filter)
    {
        var data = await api.CreateClient().QueryAsync($$"""
            { counts: proposalCounts(by: {{by}}, first: 100 {{Comma(filter)}}) { key count entity { id } }
              list: proposals(first: 100 {{Comma(filter)}}) { totalCount edges { node { relations(types: ["{{type}}"], direction: {{direction}}, modality: [ACTUAL], first: 500) { from { id } to { id } } } } } }
            """);

        var expected = Count(Nodes(data, "list"), node => node.GetProperty("relations").EnumerateArray()
            .Select(r => r.GetProperty(direction == "IN" ? "from" : "to").GetProperty("id").GetString()!));
        Assert.Equal(expected, Groups(data));
        Assert.All(data.GetProperty("counts").EnumerateArray(), g => Assert.Equal(
            g.GetProperty("key").GetString(), g.GetProperty("entity").ValueKind == JsonValueKind.Null ? null : g.GetProperty("entity").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""category: "statement" """)]
    public async Task Proposals_per_status_are_the_counts_of_the_list(string filter)
    {
        var data = await api.CreateClient().QueryAsync($$"""
            { counts: proposalCounts(by: STATUS, first: 100 {{Comma(filter)}}) { key count entity { id } }
              list: proposals(first: 100 {{Comma(filter)}}) { edges { node { status } } } }
            """);

        Assert.Equal(Count(Nodes(data, "list"), node => Value(node.GetProperty("status"))), Groups(data));
        Assert.All(data.GetProperty("counts").EnumerateArray(), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("entity").ValueKind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""from: "2020", to: "2020-06" """)]
    [InlineData("""format: VIRTUAL""")]
    public async Task Meetings_per_year_format_and_host_are_the_counts_of_the_list(string filter)
    {
        var data = await api.CreateClient().QueryAsync($$"""
            { year: meetingCounts(by: YEAR, first: 100 {{Comma(filter)}}) { key count }
              format: meetingCounts(by: FORMAT, first: 100 {{Comma(filter)}}) { key count }
              host: meetingCounts(by: HOST, first: 100 {{Comma(filter)}}) { key count }
              list: meetings(first: 100 {{Comma(filter)}}) { edges { node { startDate endDate year format
                relations(types: ["HOSTED"], direction: IN, modality: [ACTUAL], first: 500) { from { id } } } } } }
            """);
        var meetings = Nodes(data, "list");

        // the year a meeting starts in: of its startDate, else its endDate, else its year
        Assert.Equal(Count(meetings, m => ((string?[])[Value(m.GetProperty("startDate")).FirstOrDefault(), Value(m.GetProperty("endDate")).FirstOrDefault(),
            m.GetProperty("year").ValueKind == JsonValueKind.Number ? m.GetProperty("year").GetInt32().ToString("D4") : null])
            .FirstOrDefault(d => d is not null) is { } day ? [day[..4]] : []), Groups(data, "year"));
        Assert.Equal(Count(meetings, m => Value(m.GetProperty("format"))), Groups(data, "format"));
        Assert.Equal(Count(meetings, m => m.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("from").GetProperty("id").GetString()!)), Groups(data, "host"));
    }

    [Fact]
    public async Task Entities_per_kind_are_the_totals_of_the_lists()
    {
        var data = await api.CreateClient().QueryAsync("""
            { entityCounts(by: KIND) { key count }
              ECONOMY: economies(first: 0) { totalCount } PERSON: people(first: 0) { totalCount } ORGANISATION: organisations(first: 0) { totalCount }
              MEETING: meetings(first: 0) { totalCount } PROPOSAL: proposals(first: 0) { totalCount } RESOLUTION: resolutions(first: 0) { totalCount }
              DOCUMENT: documents(first: 0) { totalCount } TOPIC: topics(first: 0) { totalCount } }
            """);

        var totals = data.EnumerateObject().Where(p => p.Name != "entityCounts")
            .Select(p => KeyValuePair.Create<string?, int>(p.Name, p.Value.GetProperty("totalCount").GetInt32()));
        Assert.Equal(Ordered(totals), Groups(data, "entityCounts"));
    }

    [Fact]
    public async Task Relations_per_type_are_the_relations_the_entities_have()
    {
        var lists = new[] { "economies", "people", "organisations", "meetings", "proposals", "resolutions", "documents", "topics" };
        var data = await api.CreateClient().QueryAsync("{ relationCounts(by: TYPE, first: 100) { key count } "
            + string.Join(" ", lists.Select(l => $"{l}(first: 100) {{ totalCount edges {{ node {{ relations(direction: OUT, first: 500) {{ id type }} }} }} }}")) + " }");

        Assert.All(lists, l => Assert.True(data.GetProperty(l).GetProperty("totalCount").GetInt32() <= 100, $"{l} has more than one page"));
        var relations = lists.SelectMany(l => Nodes(data, l)).SelectMany(n => n.GetProperty("relations").EnumerateArray()).ToList();
        Assert.All(relations.GroupBy(r => r.GetProperty("id").GetString()), g => Assert.Single(g));
        var byType = relations.GroupBy(r => r.GetProperty("type").GetString()).Select(g => KeyValuePair.Create(g.Key, g.Count()));
        Assert.Equal(Ordered(byType), Groups(data, "relationCounts"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task First_returns_the_first_groups_in_the_order(int first)
    {
        var data = await api.CreateClient().QueryAsync($"{{ all: meetingCounts(by: YEAR, first: 100) {{ key count }} some: meetingCounts(by: YEAR, first: {first}) {{ key count }} }}");

        Assert.Equal(Groups(data, "all").Take(first), Groups(data, "some"));
    }

    [Theory]
    [InlineData("""{ proposalCounts(by: STATUS, first: 101) { count } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ proposalCounts(by: STATUS, first: -1) { count } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ meetingCounts(by: YEAR, from: "2020-07", to: "2020-06") { count } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ meetingCounts(by: PROPOSER) { count } }""", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("""{ proposalCounts { count } }""", "PROVIDED_NON_NULL_ARGUMENTS")]
    public async Task Bad_arguments_are_refused_with_a_code(string query, string code)
    {
        var response = await api.CreateClient().PostAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    private static string Comma(string filter) => filter.Length == 0 ? "" : ", " + filter;

    private static IEnumerable<string> Value(JsonElement value) => value.ValueKind == JsonValueKind.Null ? [] : [value.GetString()!];

    private static List<JsonElement> Nodes(JsonElement data, string list) =>
        [.. data.GetProperty(list).GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];

    private static List<(string? Key, int Count)> Groups(JsonElement data, string field = "counts") =>
        [.. data.GetProperty(field).EnumerateArray().Select(g => (g.GetProperty("key").GetString(), g.GetProperty("count").GetInt32()))];

    /// <summary>Each item counted once under each of its distinct keys, or under null when it has none.</summary>
    private static List<(string? Key, int Count)> Count(IEnumerable<JsonElement> items, Func<JsonElement, IEnumerable<string>> keys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var distinct = keys(item).Distinct().ToList();
            foreach (var key in distinct.Count == 0 ? [null] : distinct.Cast<string?>())
                counts[key ?? NullKey] = counts.GetValueOrDefault(key ?? NullKey) + 1;
        }
        return Ordered(counts.Select(p => KeyValuePair.Create(p.Key == NullKey ? null : p.Key, p.Value)));
    }

    private const string NullKey = "\u0000null";

    private static List<(string? Key, int Count)> Ordered(IEnumerable<KeyValuePair<string?, int>> counts) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key is null).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
}

[Collection(SharedApi.Name)]
public sealed class CountQueriesOnEmbeddedStore(RepositoryApi api) : CountQueries(api);
