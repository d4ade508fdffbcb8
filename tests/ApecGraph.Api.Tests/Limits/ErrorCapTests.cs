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

    [Theory]
    [InlineData("""{"query":"{ noSuchField }"}""")] // a GraphQL error
    [InlineData("""{"query":""")] // refused before GraphQL
    [InlineData("""{"query":"{ search(text: \"  \") { score } }"}""")] // a resolver's error
    public async Task Every_error_carries_the_request_id_of_its_response(string body)
    {
        using var answer = await api.CreateClient().PostAsync("/graphql",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var response = await GraphQLResponse.ReadAsync(answer);

        var ids = response.Errors!.Value.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("requestId").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Equal(answer.RequestId(), id));
    }
}
