using ApecGraph.Api.Http;
using ApecGraph.Api.Limits;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Api.Tests.Limits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Tests.Http;

/// <summary>A repeated query text is parsed once and validated once; anything else is not served its document.</summary>
public sealed class PreparedDocumentsTests
{
    private static PreparedDocuments Documents(long sizeLimit = 1_000_000, int maxQueryLength = 16_384) =>
        new(Options.Create(new RequestLimitsOptions()), Options.Create(new DocumentCacheOptions { SizeLimit = sizeLimit, MaxQueryLength = maxQueryLength }));

    [Fact]
    public async Task A_repeated_query_is_parsed_once_and_answered_the_same()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var documents = api.Services.GetRequiredService<PreparedDocuments>();
        const string query = "{ proposals(first: 2) { totalCount edges { node { id title } } } }";
        var before = documents.Parses;

        var answers = new List<string>();
        for (var i = 0; i < 3; i++) answers.Add((await client.QueryAsync(query)).ToString());

        Assert.Equal(1, documents.Parses - before);
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.True(documents.Prepare(query, null).Validated);
    }

    [Fact]
    public async Task Another_query_text_or_operation_is_not_served_the_cached_document()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var documents = api.Services.GetRequiredService<PreparedDocuments>();
        var before = documents.Parses;

        var one = await client.QueryAsync("{ proposals(first: 1) { edges { node { id } } } }");
        var two = await client.QueryAsync("{ proposals(first: 2) { edges { node { id } } } }");
        var spaced = await client.QueryAsync("{ proposals(first: 1)  { edges { node { id } } } }");

        Assert.Equal(3, documents.Parses - before);
        Assert.Equal(1, one.GetProperty("proposals").GetProperty("edges").GetArrayLength());
        Assert.Equal(2, two.GetProperty("proposals").GetProperty("edges").GetArrayLength());
        Assert.Equal(one.ToString(), spaced.ToString());

        const string named = "query A { a: economies(first: 1) { totalCount } } query B { b: economies(first: 1) { totalCount } }";
        Assert.NotSame(documents.Prepare(named, "A"), documents.Prepare(named, "B"));
        Assert.Same(documents.Prepare(named, "A"), documents.Prepare(named, "A"));
        Assert.Same(documents.Prepare(named, null), documents.Prepare(named, ""));
    }

    [Fact]
    public async Task Variables_still_change_the_cost_of_a_cached_document()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var documents = api.Services.GetRequiredService<PreparedDocuments>();
        const string query = "query($n: Int!) { proposals(first: $n) { edges { node { id proposers { ... on Entity { id } } } } } }";
        var before = documents.Parses;

        var one = await CostLimitTests.CostOf(client, query, new { n = 1 });
        var hundred = await CostLimitTests.CostOf(client, query, new { n = 100 });
        var againOne = await CostLimitTests.CostOf(client, query, new { n = 1 });

        Assert.Equal(1, documents.Parses - before);
        Assert.True(hundred.Estimated > one.Estimated, $"{one.Estimated} vs {hundred.Estimated}");
        Assert.Equal(one.Estimated, againOne.Estimated);
    }

    [Fact]
    public async Task A_cached_document_is_still_refused_over_the_cost_limit_with_other_variables()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string> { ["RequestLimits:MaxCost"] = "50" });
        using var client = api.CreateClient();
        const string query = "query($n: Int!) { proposals(first: $n) { edges { node { id title } } } }";

        var small = await client.PostAsync(query, new { n = 1 });
        var large = await client.PostAsync(query, new { n = 100 });

        Assert.Null(small.Errors);
        Assert.Equal(["COST_LIMIT"], large.ErrorCodes);
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_not_cached_as_valid()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var documents = api.Services.GetRequiredService<PreparedDocuments>();
        const string query = "{ proposals { edges { node { id nope } } } }";

        var first = await client.PostAsync(query);
        var second = await client.PostAsync(query);

        Assert.NotEmpty(first.ErrorCodes);
        Assert.Equal(first.ErrorCodes, second.ErrorCodes);
        Assert.Equal(Messages(first), Messages(second));
        Assert.False(documents.Prepare(query, null).Validated);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_parsed_again_each_time()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var documents = api.Services.GetRequiredService<PreparedDocuments>();
        var (before, count) = (documents.Parses, documents.Count);

        var first = await client.PostAsync("{ proposals { edges ");
        var second = await client.PostAsync("{ proposals { edges ");

        Assert.Equal(2, documents.Parses - before);
        Assert.Equal(count, documents.Count);
        Assert.Equal(first.ErrorCodes, second.ErrorCodes);
        Assert.Equal(Messages(first), Messages(second));
    }

    [Fact]
    public void The_cache_stays_within_its_bound_under_many_distinct_queries()
    {
        using var documents = Documents(sizeLimit: 20_000);

        for (var i = 0; i < 2_000; i++)
            Assert.NotNull(documents.Prepare($"{{ entity(id: \"economy:{i}\") {{ id name }} }}", null).Document);

        Assert.Equal(2_000, documents.Parses);
        Assert.InRange(documents.Size, 1, 20_000);
        Assert.InRange(documents.Count, 1, 20_000 / PreparedDocuments.EntryOverhead);
    }

    [Fact]
    public void A_256_KiB_query_is_parsed_but_never_stored()
    {
        using var documents = Documents();
        for (var i = 0; i < 10; i++) documents.Prepare($"{{ entity(id: \"economy:{i}\") {{ id }} }}", null);
        var huge = $"{{ search(text: \"{new string('a', 256 * 1024)}\") {{ score }} }}";

        var first = documents.Prepare(huge, null);
        var second = documents.Prepare(huge, null);

        Assert.NotNull(first.Document);
        Assert.NotSame(first, second);
        Assert.Equal(12, documents.Parses);
        Assert.Equal(10, documents.Count);
        Assert.InRange(documents.Size, 1, 10 * (PreparedDocuments.EntryOverhead + 64));
    }

    [Fact]
    public void Refused_documents_are_not_cached()
    {
        using var documents = Documents();
        var deep = new string('{', 100) + new string('}', 100);

        Assert.NotNull(documents.Prepare(deep, null).Refusal);
        Assert.NotNull(documents.Prepare(deep, null).Refusal);
        Assert.Equal(0, documents.Count);
    }

    private static string[] Messages(GraphQLResponse response) =>
        [.. response.Errors!.Value.EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
}
