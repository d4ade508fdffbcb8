using System.Text.Json;
using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>
/// The store's C# side (decoding, ordering, search ranking, path assembly) turns what its statements ask for into the
/// embedded store's answers, on the repository graph. Neo4j's part is played by <see cref="FakeNeo4j"/>, a model of
/// the statements' Cypher; the integration tests compare against a real Neo4j.
/// </summary>
public sealed class StoreLogicOnCypherModelTests : IDisposable
{
    private static readonly KnowledgeGraph Graph = RepositoryGraph.Graph;
    private static readonly EmbeddedGraphStore Embedded = new(Graph);

    private readonly ReplayServer server = ReplayServer.Start(new FakeNeo4j(Graph).Answer);
    private readonly Neo4jGraphStore neo4j;

    public StoreLogicOnCypherModelTests() => neo4j = new Neo4jGraphStore(server.Client());

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task Entities_by_id()
    {
        string[] ids = [.. Graph.Entities.Select(e => e.Id), "economy:atlantis"];

        AssertSame(await Embedded.GetEntitiesAsync(ids, Token), await neo4j.GetEntitiesAsync(ids, Token));
    }

    public static TheoryData<Direction, string[]?> RelationQueries => new()
    {
        { Direction.Both, null }, { Direction.Out, null }, { Direction.In, null },
        { Direction.Both, ["PROPOSED", "CHAIRED"] }, { Direction.In, ["MENTIONS"] },
    };

    [Theory]
    [MemberData(nameof(RelationQueries))]
    public async Task Relations_of_every_entity_by_type_then_id(Direction direction, string[]? types)
    {
        string[] ids = [.. Graph.Entities.Select(e => e.Id), "economy:atlantis"];
        var query = new RelationQuery { Direction = direction, Types = types };

        AssertSame(await Embedded.GetRelationsAsync(ids, query, Token), await neo4j.GetRelationsAsync(ids, query, Token));
    }

    [Theory]
    [InlineData("VESOM")]
    [InlineData("vesom")]
    [InlineData("MITI")]
    [InlineData("Ministry of International Trade & Industry")]
    [InlineData("People’s Republic of China")]
    [InlineData("peoples republic of china")]
    [InlineData("ABAC")]
    [InlineData("APEC COVID-19 LIVE")]
    [InlineData("covid19")]
    [InlineData("republic china")]
    [InlineData("Malaysia")]
    [InlineData("apec")]
    [InlineData("a")]
    [InlineData("1540")]
    [InlineData("ministry trade")]
    [InlineData("nothing like this")]
    public async Task Search_ranks_the_same(string text)
    {
        foreach (var query in new[] { new SearchQuery(text), new SearchQuery(text, First: 50), new SearchQuery(text, [EntityKind.Organisation, EntityKind.Meeting], 20) })
            AssertSame(await Embedded.SearchAsync(query, Token), await neo4j.SearchAsync(query, Token));
    }

    [Fact]
    public async Task Paths_between_a_sample_of_pairs()
    {
        var sample = Graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).Where((_, i) => i % 9 == 0).ToList();
        var compared = 0;
        foreach (var from in sample)
        {
            foreach (var to in sample)
            {
                foreach (var query in new[] { new PathQuery(from, to, 4, 3), new PathQuery(from, to, 3, 5), new PathQuery(from, to, 2, 1),
                                              new PathQuery(from, to, 2, 4) { ExcludedTypes = [] } })
                {
                    AssertSame(await Embedded.FindPathsAsync(query, Token), await neo4j.FindPathsAsync(query, Token), $"{from} -> {to}, {query}");
                    compared++;
                }
            }
        }
        Assert.True(compared > 400);
    }

    [Theory]
    [InlineData("economy:chile", "resolution:1540-2004", 5, 3)]
    [InlineData("economy:malaysia", "meeting:vesom-2020-05-27", 4, 10)]
    [InlineData("economy:china", "economy:new-zealand", 4, 20)]
    [InlineData("economy:china", "economy:chile", 1, 3)]
    public async Task Paths_researchers_ask_for(string from, string to, int maxHops, int first)
    {
        var query = new PathQuery(from, to, maxHops, first);
        var expected = await Embedded.FindPathsAsync(query, Token);

        AssertSame(expected, await neo4j.FindPathsAsync(query, Token), $"{from} -> {to}");
    }

    private static void AssertSame<T>(T expected, T actual, string? context = null) =>
        Assert.True(JsonSerializer.Serialize(expected) == JsonSerializer.Serialize(actual),
            $"{context}\nexpected: {JsonSerializer.Serialize(expected)}\nactual:   {JsonSerializer.Serialize(actual)}");
}
