using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Limits;

/// <summary>The estimated cost of a request bounds it before any store call.</summary>
public sealed class CostLimitTests
{
    private CountingStore? _store;

    private ApiFactory CountingApi(IReadOnlyDictionary<string, string>? settings = null) =>
        new(wrapStore: inner => _store = new CountingStore(inner), settings: settings);

    [Fact]
    public async Task The_144_byte_nested_query_is_refused_with_its_cost_before_any_store_call()
    {
        using var api = CountingApi();
        using var client = api.CreateClient();
        _store!.Reset();

        var (response, bytes) = await PostRawAsync(client, HostileQueries.NestedRelations);

        Assert.Equal(144, HostileQueries.NestedRelations.Length);
        Assert.Equal(["COST_LIMIT"], response.ErrorCodes);
        var extensions = response.Errors!.Value[0].GetProperty("extensions");
        Assert.Equal(1_200_000, extensions.GetProperty("maxCost").GetInt32());
        Assert.True(extensions.GetProperty("cost").GetInt64() > 1_000_000_000, extensions.ToString());
        Assert.Empty(_store.Calls);
        Assert.True(bytes < 2048, $"{bytes} bytes");
    }

    [Fact]
    public async Task Thirty_aliases_of_a_heavy_page_cost_more_than_the_maximum_though_one_fits()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();

        var one = await client.PostAsync(HostileQueries.Aliases(1));
        var thirty = await client.PostAsync(HostileQueries.Aliases(30));

        Assert.Null(one.Errors);
        Assert.Equal(["COST_LIMIT"], thirty.ErrorCodes);
    }

    [Fact]
    public async Task The_300_alias_request_is_refused_with_a_code_in_under_2_KB()
    {
        using var api = CountingApi();
        using var client = api.CreateClient();
        _store!.Reset();

        var (response, bytes) = await PostRawAsync(client, HostileQueries.Aliases(300));

        Assert.Single(response.ErrorCodes, c => c is "COST_LIMIT" or "DOCUMENT_LIMIT");
        Assert.Empty(_store.Calls);
        Assert.True(bytes < 2048, $"{bytes} bytes");
    }

    [Fact]
    public async Task Its_cost_is_over_the_maximum_too_when_the_document_limits_allow_it()
    {
        using var api = CountingApi(new Dictionary<string, string> { ["RequestLimits:MaxTokens"] = "100000", ["RequestLimits:MaxFields"] = "100000", ["RequestLimits:MaxAliases"] = "1000" });

        var response = await api.CreateClient().PostAsync(HostileQueries.Aliases(300));

        Assert.Equal(["COST_LIMIT"], response.ErrorCodes);
        Assert.Empty(_store!.Calls);
    }

    [Fact]
    public async Task The_maximum_is_configurable()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string> { ["RequestLimits:MaxCost"] = "50" });

        var response = await api.CreateClient().PostAsync("{ proposals { edges { node { id title } } } }");

        Assert.Equal(["COST_LIMIT"], response.ErrorCodes);
        Assert.Equal(50, response.Errors!.Value[0].GetProperty("extensions").GetProperty("maxCost").GetInt32());
    }

    [Fact]
    public async Task Page_sizes_given_as_variables_are_resolved()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        const string query = "query($n: Int!) { proposals(first: $n) { edges { node { id relations(first: 50) { id from { id } } } } } }";

        var small = await CostOf(client, query, new { n = 1 });
        var large = await CostOf(client, query, new { n = 100 });

        Assert.True(large.Estimated > 50 * small.Estimated, $"{small.Estimated} vs {large.Estimated}");
    }

    [Fact]
    public async Task Fragments_and_aliases_are_counted()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();

        var inline = await CostOf(client, "{ proposals { edges { node { id proposers { ... on Entity { id name } } } } } }");
        var fragment = await CostOf(client, "{ proposals { edges { node { ...P } } } } fragment P on Proposal { id proposers { ... on Entity { id name } } }");
        var aliased = await CostOf(client, "{ a: proposals { edges { node { id proposers { ... on Entity { id name } } } } } b: proposals { edges { node { id proposers { ... on Entity { id name } } } } } }");

        Assert.Equal(inline.Estimated, fragment.Estimated);
        Assert.Equal(2 * inline.Estimated, aliased.Estimated);
    }

    [Fact]
    public async Task A_client_can_ask_for_the_cost_and_the_store_calls_of_its_answer()
    {
        using var api = CountingApi();
        using var client = api.CreateClient();
        var query = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "bench", "queries", "proposals.json"))).RootElement.GetProperty("query").GetString()!;
        _store!.Reset();

        var cost = await CostOf(client, query);

        Assert.Equal(_store.Calls.Count, cost.StoreCalls);
        Assert.InRange(cost.StoreCalls, 2, 6);
        Assert.InRange(cost.Estimated, 100, 1_200_000);
        Assert.Equal(1_200_000, cost.Maximum);
    }

    [Fact]
    public async Task Without_asking_an_answer_carries_no_cost()
    {
        using var api = new ApiFactory();

        var response = await api.CreateClient().PostAsync("{ economies { totalCount } }");

        Assert.False(response.Root.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("cost", out _));
    }

    internal static async Task<(GraphQLResponse Response, long Bytes)> PostRawAsync(HttpClient client, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
        using var answer = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        var bytes = (await answer.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).LongLength;
        return (await GraphQLResponse.ReadAsync(answer), bytes);
    }

    internal static async Task<(long Estimated, int Maximum, int StoreCalls)> CostOf(HttpClient client, string query, object? variables = null)
    {
        using var answer = await client.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { query, variables, extensions = new { cost = true } }), System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var response = await GraphQLResponse.ReadAsync(answer);
        Assert.True(response.Errors is null, response.Root.ToString());
        var cost = response.Root.GetProperty("extensions").GetProperty("cost");
        return (cost.GetProperty("estimated").GetInt64(), cost.GetProperty("maximum").GetInt32(), cost.GetProperty("storeCalls").GetInt32());
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ApecGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
