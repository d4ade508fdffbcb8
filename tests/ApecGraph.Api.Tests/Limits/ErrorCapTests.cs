using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Limits;

[Collection(SharedApi.Name)]
public sealed class ErrorCapTests(RepositoryApi api)
{
    [Fact]
    public async Task An_answer_has_at_most_100_errors_then_one_saying_how_many_were_left_out()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"noSuchField{i}")) + " }";

        var response = await api.CreateClient().PostAsync(query);

        var codes = response.ErrorCodes;
        Assert.Equal(101, codes.Count);
        Assert.All(codes.Take(100), c => Assert.Equal("FIELDS_ON_CORRECT_TYPE", c));
        Assert.Equal("TOO_MANY_ERRORS", codes[100]);
        Assert.Equal(200, response.Errors!.Value[100].GetProperty("extensions").GetProperty("omitted").GetInt32());
    }

    [Fact]
    public async Task Every_error_carries_the_request_id()
    {
        var response = await api.CreateClient().PostAsync("{ noSuchField }");

        var id = response.Errors!.Value[0].GetProperty("extensions").GetProperty("requestId").GetString();
        Assert.False(string.IsNullOrWhiteSpace(id));
    }
}
