using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>
/// Lists in an order other than by id: the expected order is worked out here from each item's own fields (a meeting's
/// first day from its startDate, else endDate, else year, padded to its first day; names by their upper case, ordinal;
/// ties by id in the same direction; undated meetings last either way), and paging with small pages walks the same list.
/// </summary>
public abstract class OrderQueries(IApiUnderTest api)
{
    [Theory]
    [InlineData("ASC")]
    [InlineData("DESC")]
    public async Task Meetings_by_date_come_in_the_order_of_their_first_day_undated_last(string direction)
    {
        var meetings = await List("meetings", "DATE", direction, "startDate endDate year");

        var dated = meetings.Where(m => FirstDay(m) is not null);
        var undated = meetings.Where(m => FirstDay(m) is null);
        var expected = (direction == "ASC"
                ? dated.OrderBy(FirstDay, StringComparer.Ordinal).ThenBy(Id, StringComparer.Ordinal)
                : dated.OrderByDescending(FirstDay, StringComparer.Ordinal).ThenByDescending(Id, StringComparer.Ordinal))
            .Concat(direction == "ASC" ? undated.OrderBy(Id, StringComparer.Ordinal) : undated.OrderByDescending(Id, StringComparer.Ordinal));
        Assert.Equal(expected.Select(Id), meetings.Select(Id));
        Assert.Contains(meetings, m => FirstDay(m) is null);
        Assert.NotEqual(meetings.Select(Id).Order(StringComparer.Ordinal), meetings.Select(Id));
    }

    [Theory]
    [InlineData("organisations", "ASC")]
    [InlineData("organisations", "DESC")]
    [InlineData("topics", "ASC")]
    public async Task Lists_by_name_come_in_the_order_of_their_names_ignoring_case(string list, string direction)
    {
        var items = await List(list, "NAME", direction, "name");

        var expected = direction == "ASC"
            ? items.OrderBy(Name, StringComparer.Ordinal).ThenBy(Id, StringComparer.Ordinal)
            : items.OrderByDescending(Name, StringComparer.Ordinal).ThenByDescending(Id, StringComparer.Ordinal);
        Assert.Equal(expected.Select(Id), items.Select(Id));
    }

    [Theory]
    [InlineData("meetings", "DATE", "DESC", "")]
    [InlineData("meetings", "DATE", "ASC", """from: "2020" """)]
    [InlineData("organisations", "NAME", "ASC", "")]
    [InlineData("proposals", "ID", "DESC", "")]
    public async Task Paging_with_small_pages_gives_every_item_once_in_order(string list, string orderBy, string direction, string filter)
    {
        var whole = await List(list, orderBy, direction, "", filter);
        var client = api.CreateClient();
        var paged = new List<string>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var connection = (await client.QueryAsync($$"""
                query($after: String) { list: {{list}}(first: 3, after: $after, orderBy: {{orderBy}}, direction: {{direction}} {{(filter.Length > 0 ? ", " + filter : "")}}) {
                  pageInfo { hasNextPage endCursor } edges { node { id } } } }
                """, new { after })).GetProperty("list");
            paged.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.True(whole.Count > 3, "more than one page");
        Assert.Equal(whole.Select(Id), paged);
    }

    [Theory]
    [InlineData("orderBy: DATE", "orderBy: NAME")]
    [InlineData("orderBy: DATE", "orderBy: DATE, direction: DESC")]
    [InlineData("", "orderBy: NAME")]
    [InlineData("orderBy: NAME", "")]
    [InlineData("orderBy: ID, direction: DESC", "")]
    public async Task A_cursor_of_one_order_is_refused_under_another(string made, string used)
    {
        var client = api.CreateClient();
        var cursor = (await client.QueryAsync($"{{ meetings(first: 2 {(made.Length > 0 ? ", " + made : "")}) {{ pageInfo {{ endCursor }} }} }}"))
            .GetProperty("meetings").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await client.PostAsync($"query($after: String) {{ meetings(after: $after {(used.Length > 0 ? ", " + used : "")}) {{ totalCount }} }}", new { after = cursor });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("""{ meetings(orderBy: SIZE) { totalCount } }""", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("""{ meetings(direction: UP) { totalCount } }""", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("""{ meetings(orderBy: NAME, after: "bm90LWEtY3Vyc29y") { totalCount } }""", "INVALID_CURSOR")]
    public async Task Bad_order_arguments_are_refused_with_a_code(string query, string code)
    {
        var response = await api.CreateClient().PostAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    private async Task<List<JsonElement>> List(string list, string orderBy, string direction, string fields, string filter = "")
    {
        var connection = (await api.CreateClient().QueryAsync(
            $"{{ list: {list}(first: 100, orderBy: {orderBy}, direction: {direction} {(filter.Length > 0 ? ", " + filter : "")}) {{ totalCount edges {{ node {{ id {fields} }} }} }} }}"))
            .GetProperty("list");
        var nodes = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(connection.GetProperty("totalCount").GetInt32(), nodes.Count);
        return nodes;
    }

    private static string Id(JsonElement node) => node.GetProperty("id").GetString()!;

    private static string Name(JsonElement node) => node.GetProperty("name").GetString()!.ToUpperInvariant();

    // The first day the meeting's dates stand for: "2020-06" is 2020-06-01, "2016" 2016-01-01.
    private static string? FirstDay(JsonElement meeting)
    {
        var text = new[] { "startDate", "endDate" }.Select(p => meeting.GetProperty(p)).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault()
            ?? (meeting.GetProperty("year").ValueKind == JsonValueKind.Number ? meeting.GetProperty("year").GetInt32().ToString("D4") : null);
        return text is null ? null : text + "0000-01-01"[text.Length..];
    }
}

[Collection(SharedApi.Name)]
public sealed class OrderQueriesOnEmbeddedStore(RepositoryApi api) : OrderQueries(api);
