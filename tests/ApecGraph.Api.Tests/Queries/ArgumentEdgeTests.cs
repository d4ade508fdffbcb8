using System.Text.Json;
using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>The edges of the arguments: the most ids <c>entities</c> takes, repeated ids, and <c>first: 0</c> on every list.</summary>
[Collection(SharedApi.Name)]
public sealed class ArgumentEdgeTests(RepositoryApi api)
{
    [Fact]
    public async Task More_ids_than_the_maximum_are_refused_naming_it_not_cut()
    {
        var ids = Enumerable.Range(0, Args.MaxIds).Select(i => $"no:such-{i}").Append("economy:malaysia").ToArray();

        var response = await api.CreateClient().PostAsync("query($ids: [ID!]!) { entities(ids: $ids) { id } }", new { ids });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains($"at most {Args.MaxIds} ids; got {Args.MaxIds + 1}", response.Errors!.Value[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_maximum_number_of_ids_is_answered_in_full()
    {
        var ids = Enumerable.Range(0, Args.MaxIds - 1).Select(i => $"no:such-{i}").Append("economy:malaysia").ToArray();

        var data = await api.CreateClient().QueryAsync("query($ids: [ID!]!) { entities(ids: $ids) { id } }", new { ids });

        Assert.Equal(["economy:malaysia"], data.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_repeated_id_is_answered_once_at_its_first_place()
    {
        var data = await api.CreateClient().QueryAsync(
            """{ entities(ids: ["economy:chile", "economy:malaysia", "economy:chile", "no:such"]) { id } }""");

        Assert.Equal(["economy:chile", "economy:malaysia"], data.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("""{ list: search(text: "MITI", first: 0) { score } }""")]
    [InlineData("""{ list: paths(from: "economy:chile", to: "resolution:1540-2004", maxHops: 5, first: 0) { length } }""")]
    [InlineData("""{ entity(id: "economy:malaysia") { list: relations(first: 0) { id } } }""")]
    [InlineData("""{ economies(first: 0) { list: edges { cursor } } }""")]
    public async Task First_zero_answers_an_empty_list_on_every_list(string query)
    {
        var data = await api.CreateClient().QueryAsync(query);

        var list = data.TryGetProperty("list", out var top) ? top
            : data.TryGetProperty("entity", out var entity) ? entity.GetProperty("list")
            : data.GetProperty("economies").GetProperty("list");
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Theory]
    [InlineData("""{ search(text: "MITI", first: -1) { score } }""")]
    [InlineData("""{ paths(from: "economy:chile", to: "resolution:1540-2004", first: -1) { length } }""")]
    [InlineData("""{ entity(id: "economy:malaysia") { relations(first: -1) { id } } }""")]
    [InlineData("""{ economies(first: -1) { totalCount } }""")]
    public async Task First_below_zero_is_refused_on_every_list_with_the_same_range(string query)
    {
        var response = await api.CreateClient().PostAsync(query);

        Assert.Equal("INVALID_ARGUMENT", Assert.Single(response.ErrorCodes));
        Assert.Matches("^'first' must be between 0 and [0-9]+; got -1\\.$", response.Errors!.Value[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task First_zero_still_checks_the_other_arguments()
    {
        var response = await api.CreateClient().PostAsync("""{ search(text: "  ", first: 0) { score } }""");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }
}
