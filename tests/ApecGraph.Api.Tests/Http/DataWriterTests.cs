using System.Text.Json;
using ApecGraph.Api.GraphQL;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Api.Versioning;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Http;

/// <summary>The API's writer of answers (Http/DataWriter.cs) writes the very bytes graphql-dotnet's own converter writes
/// for the same execution result: strings, integers, booleans, nulls, floats (search scores), dates, enums, lists,
/// lists of scalars (aliases, supports), nested objects, extensions, and answers with errors.</summary>
public sealed class DataWriterTests
{
    public static TheoryData<string> Queries =>
    [
        File.ReadAllText(BenchQuery("evidence")),
        File.ReadAllText(BenchQuery("proposals")),
        """{"query":"{ search(text: \"MITI\") { score matched entity { id kind name aliases evidence { quote supports } ... on Organisation { category } } } }"}""",
        """{"query":"{ meetings(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id startDate datePrecision year format chairs { ... on Entity { id } } } } } }"}""",
        """{"query":"{ graph { version entities relations counts { kind count } } entity(id: \"none:none\") { id } }"}""",
        """{"query":"{ proposals(first: 101) { totalCount } }"}""",
        """{"query":"{ paths(from: \"economy:chile\", to: \"resolution:1540-2004\", maxHops: 6, first: 2) { length entities { id name } relations { type modality evidence { quote start end } } } }"}""",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Writes_the_bytes_graphql_dotnets_converter_writes(string request)
    {
        var (written, reference) = await WriteBothWaysAsync(JsonDocument.Parse(request).RootElement.GetProperty("query").GetString()!,
            new Dictionary<string, object?> { ["graph"] = new Dictionary<string, object?> { ["version"] = "v", ["n"] = 1 } });

        Assert.Equal(reference, written);
        Assert.Contains(request.Contains("101") ? "INVALID_ARGUMENT" : "\"data\":{", written);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Writes_the_graph_extension_as_graphql_dotnets_converter_does(bool withCost)
    {
        // extensions.graph as every answer carries it (a GraphExtension, written from its JSON made once), alone and
        // beside another extension (then serialized as any dictionary is).
        var extensions = new Dictionary<string, object?> { ["graph"] = new GraphExtension("e64a8abfbb1d7e93", "2026-12-01T19:50:35.6908140Z") };
        if (withCost) extensions["cost"] = new Dictionary<string, object?> { ["estimated"] = 12 };

        var (written, reference) = await WriteBothWaysAsync("{ proposals(first: 2) { totalCount edges { node { id title } } } }", extensions);

        Assert.Equal(reference, written);
        Assert.Contains("\"extensions\":{\"graph\":{\"version\":\"e64a8abfbb1d7e93\",\"loadedAt\":\"2026-12-01T19:50:35.6908140Z\"}", written);
    }

    // The query executed on the repository's graph with these extensions, written by the API's serializer and by
    // graphql-dotnet's serializer as the API configures it (encoder, error info provider) with its own converter of
    // results: the reference.
    private static async Task<(string Written, string Reference)> WriteBothWaysAsync(string query, Dictionary<string, object?> extensions)
    {
        await using var api = new ApiFactory();
        using var scope = api.Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ApecSchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            CancellationToken = TestContext.Current.CancellationToken,
        });
        result.Extensions = extensions;
        var reference = new GraphQLSerializer(
            (Action<JsonSerializerOptions>)(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All)),
            scope.ServiceProvider.GetRequiredService<IErrorInfoProvider>());
        return (scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result), reference.Serialize(result));
    }

    private static string BenchQuery(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "bench", "queries", name + ".json")))
                return Path.Combine(dir.FullName, "bench", "queries", name + ".json");
        throw new FileNotFoundException($"bench/queries/{name}.json not found above {AppContext.BaseDirectory}");
    }
}
