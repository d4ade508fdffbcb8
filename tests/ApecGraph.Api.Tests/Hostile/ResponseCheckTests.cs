using System.Text;
using ApecGraph.HostileCorpus;

namespace ApecGraph.Api.Tests.Hostile;

/// <summary>The response check the corpus test and the bench runner judge by: it must see every kind of break.</summary>
public sealed class ResponseCheckTests
{
    private static readonly HostileRequest Post = Req.Post("test", "{ __typename }");

    [Theory]
    [InlineData(200, "{\"data\":{\"__typename\":\"Query\"}}")]
    [InlineData(400, "{\"errors\":[{\"message\":\"x\",\"extensions\":{\"code\":\"SYNTAX_ERROR\"}}]}")]
    [InlineData(200, "{\"data\":{\"entity\":null},\"errors\":[{\"message\":\"x\",\"extensions\":{\"code\":\"NOT_FOUND\"}}]}")]
    public void A_proper_answer_has_no_problems(int status, string body) =>
        Assert.Empty(ResponseCheck.Problems(Post, status, "application/json", Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(500, "{\"errors\":[{\"message\":\"x\",\"extensions\":{\"code\":\"X\"}}]}", ResponseCheck.ServerError)]
    [InlineData(400, "{\"errors\":[{\"message\":\"x\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}", ResponseCheck.Internal)]
    [InlineData(400, "{\"errors\":[{\"message\":\"x\"}]}", ResponseCheck.NoCode)]
    [InlineData(200, "{\"data\":null,\"errors\":[{\"message\":\"x\",\"extensions\":{}}]}", ResponseCheck.NoCode)]
    [InlineData(405, "", ResponseCheck.NotJson)]
    [InlineData(400, "{\"data\":null}", ResponseCheck.NotJson)]
    [InlineData(400, "{\"errors\":[{\"message\":\"System.InvalidOperationException: no\",\"extensions\":{\"code\":\"X\"}}]}", ResponseCheck.StackTrace)]
    [InlineData(400, "{\"errors\":[{\"message\":\"boom\\n   at ApecGraph.Api.Foo.Bar(String x)\",\"extensions\":{\"code\":\"X\"}}]}", ResponseCheck.StackTrace)]
    public void Every_kind_of_break_is_seen(int status, string body, string problem) =>
        Assert.Contains(problem, ResponseCheck.Problems(Post, status, "application/json", Encoding.UTF8.GetBytes(body)));
}
