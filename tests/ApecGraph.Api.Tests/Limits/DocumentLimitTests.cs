using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Limits;

/// <summary>Documents are bounded in tokens, aliases, directives and nesting before they are parsed.</summary>
[Collection(SharedApi.Name)]
public sealed class DocumentLimitTests(RepositoryApi api)
{
    [Fact]
    public async Task Five_thousand_directives_are_refused_with_one_coded_error_in_under_2_KB()
    {
        var (response, bytes) = await CostLimitTests.PostRawAsync(api.CreateClient(), HostileQueries.Directives(5000));

        Assert.Equal(["DOCUMENT_LIMIT"], response.ErrorCodes);
        Assert.Equal("directives", Limit(response));
        Assert.True(bytes < 2048, $"{bytes} bytes");
    }

    [Fact]
    public async Task Fifty_directives_are_allowed()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 50).Select(i => $"t{i}: __typename @include(if: true)")) + " }";

        var response = await api.CreateClient().PostAsync(query);

        Assert.Null(response.Errors);
        Assert.Equal("Query", response.Data.GetProperty("t49").GetString());
    }

    [Fact]
    public async Task More_aliases_than_allowed_are_refused_and_arguments_are_not_aliases()
    {
        var aliases = "{ " + string.Join(" ", Enumerable.Range(0, 101).Select(i => $"t{i}: __typename")) + " }";
        var arguments = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"t{i}: entity(id: \"economy:malaysia\") {{ id }}")) + " }";

        var refused = await api.CreateClient().PostAsync(aliases);
        var allowed = await api.CreateClient().PostAsync(arguments);

        Assert.Equal(["DOCUMENT_LIMIT"], refused.ErrorCodes);
        Assert.Equal("aliases", Limit(refused));
        Assert.Null(allowed.Errors);
    }

    [Fact]
    public async Task More_tokens_than_allowed_are_refused()
    {
        var wide = "{ " + string.Concat(Enumerable.Repeat("__typename ", 10_001)) + "}";

        var response = await api.CreateClient().PostAsync(wide);

        Assert.Equal(["DOCUMENT_LIMIT"], response.ErrorCodes);
        Assert.Equal("tokens", Limit(response));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(2000)]
    public async Task A_document_nested_past_the_parser_is_a_coded_refusal_not_an_internal_error(int levels)
    {
        var (response, bytes) = await CostLimitTests.PostRawAsync(api.CreateClient(), HostileQueries.Nested(levels));

        Assert.Equal(["DOCUMENT_LIMIT"], response.ErrorCodes);
        Assert.Equal("nesting", Limit(response));
        Assert.True(bytes < 2048, $"{bytes} bytes");
    }

    [Fact]
    public async Task Deeply_nested_values_are_refused_too()
    {
        var response = await api.CreateClient().PostAsync(
            "{ entities(ids: " + new string('[', 200) + "\"x\"" + new string(']', 200) + ") { id } }");

        Assert.Equal(["DOCUMENT_LIMIT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Fragments_spreading_each_other_are_refused_before_validation()
    {
        // 30 levels, each spreading the next twice: 2^30 fields in under 2 KB; validation alone would never end.
        var fragments = string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ a{i}: __typename ...F{i + 1} b{i}: __typename ...F{i + 1} }} "));
        var query = "{ ...F0 } " + fragments + "fragment F30 on Query { __typename }";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var client = api.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(10); // fail, not hang, if the limit is gone

        var response = await client.PostAsync(query);

        Assert.Equal(["DOCUMENT_LIMIT"], response.ErrorCodes);
        Assert.Equal("fields", Limit(response));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task Fields_are_counted_as_often_as_their_fragment_is_spread()
    {
        // 4 spreads of a 600-field fragment: 2,400 fields, in a small document
        var fragment = "fragment W on Economy { " + string.Concat(Enumerable.Repeat("id name ", 300)) + " }";
        var fits = "{ economies { edges { node { ...W } } } } " + fragment;
        var over = "{ economies { edges { node { ...W ...W a: economies { edges { node { ...W ...W } } } } } } } " + fragment;

        Assert.Null((await api.CreateClient().PostAsync(fits)).Errors);
        var refused = await api.CreateClient().PostAsync(over);
        Assert.Equal(["DOCUMENT_LIMIT"], refused.ErrorCodes);
        Assert.Equal("fields", Limit(refused));
    }

    [Theory]
    [InlineData(32, null)]
    [InlineData(33, "DOCUMENT_LIMIT")]
    [InlineData(1240, "DOCUMENT_LIMIT")] // overflowed the validator's stack and killed the server before the limit
    public async Task A_chain_of_fragments_spreading_each_other_is_bounded(int length, string? code)
    {
        var chain = string.Concat(Enumerable.Range(1, length - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} "));
        var query = "{ ...F1 } " + chain + $"fragment F{length} on Query {{ __typename }}";

        var response = await api.CreateClient().PostAsync(query);

        Assert.Equal(code is null ? [] : [code], response.ErrorCodes);
        if (code is not null) Assert.Equal("fragment depth", Limit(response));
        Assert.Null((await api.CreateClient().PostAsync("{ __typename }")).Errors); // still alive
    }

    [Fact]
    public async Task A_fragment_cycle_is_left_to_validation()
    {
        var response = await api.CreateClient().PostAsync("{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }");

        Assert.Contains(response.ErrorCodes, c => c.StartsWith("NO_FRAGMENT_CYCLES", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Introspection_type_lists_nest_at_most_three_deep()
    {
        const string three = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
        const string four = "{ __schema { types { fields { type { interfaces { possibleTypes { fields { name } } } } } } } }";

        var allowed = await api.CreateClient().PostAsync(three);
        var refused = await api.CreateClient().PostAsync(four);

        Assert.Null(allowed.Errors);
        Assert.Equal(["DOCUMENT_LIMIT"], refused.ErrorCodes);
        Assert.Equal("introspection depth", Limit(refused));
    }

    [Fact]
    public async Task Comments_are_not_counted()
    {
        var response = await api.CreateClient().PostAsync("{ __typename }\n" + string.Concat(Enumerable.Repeat("# @include(if: true) a: b\n", 2000)));

        Assert.Null(response.Errors);
    }

    private static string Limit(GraphQLResponse response) =>
        response.Errors!.Value[0].GetProperty("extensions").GetProperty("limit").GetString()!;
}
