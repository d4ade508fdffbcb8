using System.Globalization;
using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Api.Tests.Limits;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;

namespace ApecGraph.Api.Tests.Versioning;

/// <summary>Every answer says which graph it came from (<c>extensions.graph</c>), and <c>Query.graph</c> describes it.</summary>
[Collection(SharedApi.Name)]
public sealed class GraphVersionApiTests(RepositoryApi api)
{
    private static readonly string RepositoryVersion = GraphVersion.Of(GraphLoader.Load(GraphSources.Locate()!).Graph!);

    [Fact]
    public async Task A_query_answer_carries_the_graph_version_and_load_time()
    {
        var response = await api.CreateClient().PostAsync("{ entity(id: \"economy:malaysia\") { id } }");

        Assert.Null(response.Errors);
        var graph = response.Root.GetProperty("extensions").GetProperty("graph");
        Assert.Equal(RepositoryVersion, graph.GetProperty("version").GetString());
        AssertUtcInstant(graph.GetProperty("loadedAt").GetString()!);
    }

    [Fact]
    public async Task An_error_answer_carries_it_too()
    {
        var invalid = await api.CreateClient().PostAsync("{ nope }");
        var (refused, _) = await CostLimitTests.PostRawAsync(api.CreateClient(), HostileQueries.Directives(5000));

        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], invalid.ErrorCodes);
        Assert.Equal(RepositoryVersion, invalid.Root.GetProperty("extensions").GetProperty("graph").GetProperty("version").GetString());
        Assert.Equal(["DOCUMENT_LIMIT"], refused.ErrorCodes); // refused before it is parsed or run
        Assert.Equal(RepositoryVersion, refused.Root.GetProperty("extensions").GetProperty("graph").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Query_graph_agrees_with_the_extension()
    {
        var response = await api.CreateClient().PostAsync("{ graph { version loadedAt store entities relations } }");

        Assert.Null(response.Errors);
        var graph = response.Data.GetProperty("graph");
        var extension = response.Root.GetProperty("extensions").GetProperty("graph");
        Assert.Equal(RepositoryVersion, graph.GetProperty("version").GetString());
        Assert.Equal(extension.GetProperty("loadedAt").GetString(), graph.GetProperty("loadedAt").GetString());
        Assert.Equal("Embedded", graph.GetProperty("store").GetString());
    }

    internal static void AssertUtcInstant(string text)
    {
        Assert.EndsWith("Z", text, StringComparison.Ordinal);
        var at = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        Assert.InRange(at, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}

/// <summary><c>Query.graph</c>'s counts on a graph of known size.</summary>
public sealed class GraphCountsTests
{
    [Fact]
    public async Task Counts_per_kind_equal_the_lists_totals_and_the_loaded_graph()
    {
        using var synthetic = new SyntheticGraph(proposals: 37, economies: 6, meetings: 4);
        await using var api = new ApiFactory(synthetic.GraphSeedsPath);
        var loaded = GraphLoader.Load(GraphSources.FromGiven(synthetic.GraphSeedsPath, null)!).Graph!;

        var data = await api.CreateClient().QueryAsync("""
            { graph { version entities relations counts { kind count } }
              economies(first: 0) { totalCount } meetings(first: 0) { totalCount } proposals(first: 0) { totalCount }
              documents(first: 0) { totalCount } people(first: 0) { totalCount } topics(first: 0) { totalCount } }
            """);

        var graph = data.GetProperty("graph");
        var counts = graph.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(Enum.GetValues<EntityKind>().Length, counts.Count);
        Assert.Equal(6, counts["ECONOMY"]);
        Assert.Equal(4, counts["MEETING"]);
        Assert.Equal(37, counts["PROPOSAL"]);
        Assert.Equal(1, counts["DOCUMENT"]);
        Assert.Equal(0, counts["PERSON"]);
        foreach (var list in new[] { "economies", "meetings", "proposals", "documents", "people", "topics" })
        {
            var kind = list switch { "economies" => "ECONOMY", "people" => "PERSON", _ => list.TrimEnd('s').ToUpperInvariant() };
            Assert.Equal(data.GetProperty(list).GetProperty("totalCount").GetInt32(), counts[kind]);
        }
        Assert.Equal(6 + 4 + 37 + 1, graph.GetProperty("entities").GetInt32());
        Assert.Equal(loaded.Relations.Count, graph.GetProperty("relations").GetInt32());
        Assert.True(loaded.Relations.Count >= 3 * 37);
        Assert.Equal(GraphVersion.Of(loaded), graph.GetProperty("version").GetString());
    }
}
