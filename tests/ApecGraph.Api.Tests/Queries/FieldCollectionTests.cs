using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>The sub-fields of a selection are collected once per request for each object type (the query strategy
/// reuses them for every object of a list): each kind in one list still gets its own fragments' fields, and the same
/// document sent again with other <c>@include</c> variables answers the fields those select.</summary>
[Collection(SharedApi.Name)]
public sealed class FieldCollectionTests(RepositoryApi api)
{
    private const string Mixed = """
        query($v: Boolean!) {
          entities(ids: ["economy:chile", "person:juan-pablo-rosso-streeter", "economy:malaysia", "person:juan-pablo-rosso-streeter"]) {
            id
            ... on Economy { name }
            ... on Person { kind ... on Entity { id } }
            ... on Entity @include(if: $v) { name }
          }
        }
        """;

    private static string[] Keys(JsonElement entity) => [.. entity.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task Each_kind_in_one_list_gets_its_own_fragments_fields()
    {
        var entities = (await api.CreateClient().QueryAsync(Mixed, new { v = false })).GetProperty("entities").EnumerateArray().ToList();

        Assert.Equal(["economy:chile", "person:juan-pablo-rosso-streeter", "economy:malaysia"], entities.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["id", "name"], Keys(entities[0]));
        Assert.Equal(["id", "kind"], Keys(entities[1]));
        Assert.Equal(["id", "name"], Keys(entities[2]));
    }

    [Fact]
    public async Task The_same_document_with_other_include_variables_answers_the_fields_they_select()
    {
        var client = api.CreateClient();
        for (var round = 0; round < 2; round++)
        {
            var with = (await client.QueryAsync(Mixed, new { v = true })).GetProperty("entities")[1];
            var without = (await client.QueryAsync(Mixed, new { v = false })).GetProperty("entities")[1];

            Assert.Equal(["id", "kind", "name"], Keys(with));
            Assert.Equal(["id", "kind"], Keys(without));
        }
    }
}
