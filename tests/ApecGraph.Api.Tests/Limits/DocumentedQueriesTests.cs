using System.Text.Json;
using System.Text.RegularExpressions;
using ApecGraph.Api.GraphiQL;
using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Limits;

/// <summary>Every query the project shows its users fits the default request limits: the README's, the benchmark's,
/// the IDE's default query and the introspection query GraphQL IDEs send.</summary>
[Collection(SharedApi.Name)]
public sealed partial class DocumentedQueriesTests(RepositoryApi api)
{
    public static TheoryData<string, string> Queries()
    {
        var root = CostLimitTests.RepositoryRoot();
        var data = new TheoryData<string, string>();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var n = 0;
        foreach (Match block in GraphQLBlock().Matches(readme)) data.Add($"README block {++n}", block.Groups[1].Value);
        n = 0;
        // inline queries; those elided with '…' are shown to be refused
        foreach (Match span in InlineQuery().Matches(readme).Where(m => !m.Value.Contains('…', StringComparison.Ordinal)))
            data.Add($"README inline {++n}", span.Groups[1].Value);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "bench", "queries"), "*.json").Order(StringComparer.Ordinal))
            data.Add("bench/queries/" + Path.GetFileName(file), JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("query").GetString()!);
        data.Add("GraphiQL default", GraphiQLPage.DefaultQuery);
        data.Add("introspection", Introspection);
        data.Add("the perf peer's graph dump (shared/perf/peer/dump.mjs)", PeerDump);
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Fits_the_default_limits(string where, string query)
    {
        var (estimated, maximum, _) = await CostLimitTests.CostOf(api.CreateClient(), query);

        Assert.True(estimated <= maximum, $"{where}: cost {estimated} > {maximum}");
    }

    [Fact]
    public void The_readme_shows_queries() => Assert.True(Queries().Count >= 8, $"only {Queries().Count}");

    // graphql-js's getIntrospectionQuery() with descriptions (the features this schema has).
    private const string Introspection = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        """;

    // One page of the graph dump the reference peer reads through the API (the heaviest query our own tools send).
    private const string PeerDump = """
        query Dump($after: String) { meetings(first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id kind name aliases description __typename evidence { document { id } quote supports }
            ... on Meeting { category startDate endDate format platform venue city theme }
            relations(direction: OUT, first: 500) { id type from { id } to { id } role date status note evidence { document { id } quote supports } } } } } }
        """;

    [GeneratedRegex(@"```graphql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex(@"`(\{ [^`]+\})`")]
    private static partial Regex InlineQuery();
}
