using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>
/// A root list with its <see cref="PrefetchPlan"/>: one request with one statement, its text only constants and numbered
/// names, and its answer read back into the page and the prefetched relations and entities. The answers here are made
/// up in the shape the statement returns (the Neo4j suite runs it on a real server).
/// </summary>
public sealed class PrefetchStatementTests
{
    /// <summary>What bench/queries/evidence.json asks of meetings, plus one more level: chairs; proposals, their proposers
    /// and the proposers' proposals; every relation.</summary>
    public static PrefetchPlan ThreeLevels { get; } = new([
        new(new RelationQuery { Types = ["CHAIRED"], Direction = Direction.In }, PrefetchPlan.Empty),
        new(new RelationQuery { Types = ["DELIBERATED_AT"], Direction = Direction.In }, new PrefetchPlan([
            new(new RelationQuery { Types = ["PROPOSED"], Direction = Direction.In }, new PrefetchPlan([
                new(new RelationQuery { Types = ["PROPOSED"], Direction = Direction.Out }, PrefetchPlan.Empty)])),
        ])),
        new(RelationQuery.All, null),
    ]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Entity E(string id) => RepositoryGraph.Graph.Entities.Single(e => e.Id == id);

    private static Relation R(string id) => RepositoryGraph.Graph.Relations.Single(r => r.Id == id);

    [Fact]
    public void The_statement_nests_one_collect_per_prefetch_with_types_and_limits_as_parameters()
    {
        var statement = PrefetchStatement.Build(new EntityQuery { Kind = EntityKind.Meeting, First = 50 }, ThreeLevels);

        Assert.Equal(1 + 5, Count(statement.Text, "COLLECT {")); // the trees, and one per prefetch
        Assert.Contains("(n)<-[r0:CHAIRED]-(o0:Entity)", statement.Text);      // the vocabulary's types in the pattern
        Assert.Contains("(o1)<-[r2:PROPOSED]-(o2:Entity)", statement.Text);    // the proposals' proposers, below the proposals
        Assert.Contains("(o2)-[r3:PROPOSED]->(o3:Entity)", statement.Text);    // the proposers' proposals: out of the proposer
        Assert.Contains("(n)-[r4]-(o4:Entity)", statement.Text);               // every relation, both ways, no other end read
        Assert.DoesNotContain("o4 {", statement.Text);
        Assert.Null(statement.Parameters["q4Types"]);
        Assert.False(statement.Parameters.ContainsKey("q0Types"));
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(RelationQuery.DefaultLimit, statement.Parameters[$"q{i}Limit"]));
        Assert.Equal("Meeting", statement.Parameters["kind"]); // the list statement's own parameters, unchanged
        Assert.Equal(51, statement.Parameters["limit"]);
    }

    [Theory]
    [InlineData("PROPOSED", ":PROPOSED")]
    [InlineData("SPOKE_AT,PRESENTED_AT,SPOKE_AT", ":PRESENTED_AT|SPOKE_AT")]
    [InlineData("NOT_A_TYPE", null)]
    [InlineData("PROPOSED,]-() DETACH DELETE n //", null)]
    public void Only_types_of_the_vocabulary_are_written_into_the_pattern(string types, string? labels)
    {
        var query = new RelationQuery { Types = types.Split(','), Direction = Direction.In };
        var statement = PrefetchStatement.Build(new EntityQuery { First = 1 }, new PrefetchPlan([new(query, null)]));

        Assert.Equal(labels, PrefetchStatement.TypeLabels(query));
        if (labels is null)
        {
            Assert.Equal(types.Split(','), (string[])statement.Parameters["q0Types"]!);
            Assert.DoesNotContain("DETACH", statement.Text);
            Assert.Contains("WHERE $q0Types IS NULL OR type(r0) IN $q0Types", statement.Text);
        }
        else Assert.Contains($"(n)<-[r0{labels}]-(o0:Entity)", statement.Text);
    }

    [Fact]
    public async Task The_answer_becomes_the_page_and_every_asked_entitys_relations_in_type_then_id_order()
    {
        var plan = new PrefetchPlan([
            new(new RelationQuery { Types = ["PROPOSED"], Direction = Direction.In }, new PrefetchPlan([
                new(new RelationQuery { Types = ["BELONGS_TO"], Direction = Direction.In }, PrefetchPlan.Empty)])),
            new(RelationQuery.All, null),
        ]);
        // a joint proposal
        var proposal = RepositoryGraph.Graph.Entities.First(e => e.Kind == EntityKind.Proposal
            && RepositoryGraph.Graph.Relations.Count(r => r.Type == "PROPOSED" && r.To == e.Id) >= 2);
        var proposed = RepositoryGraph.Graph.Relations.Where(r => r.Type == "PROPOSED" && r.To == proposal.Id).ToList();
        var all = RepositoryGraph.Graph.Relations.Where(r => r.From == proposal.Id || r.To == proposal.Id).ToList();
        Assert.True(proposed.Count >= 2 && all.Count > proposed.Count);
        var tree = new Dictionary<string, object?>
        {
            // Cypher's order is not trusted: the store orders each list as GetRelationsAsync does
            ["q0"] = proposed.AsEnumerable().Reverse().Select(r => new Dictionary<string, object?>
            {
                ["r"] = Bodies.Relation(r), ["o"] = Bodies.Entity(E(r.From)), ["t"] = new Dictionary<string, object?> { ["q1"] = Array.Empty<object>() },
            }).ToArray(),
            ["q2"] = all.AsEnumerable().Reverse().Select(r => new Dictionary<string, object?> { ["r"] = Bodies.Relation(r) }).ToArray(),
        };
        using var server = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["total", "items", "trees"],
            [[7, new[] { Bodies.Entity(proposal) }, new[] { new Dictionary<string, object?> { ["id"] = proposal.Id, ["t"] = tree } }]])));

        var (page, prefetched) = await new Neo4jGraphStore(server.Client()).ListWithPrefetchAsync(new EntityQuery { Kind = EntityKind.Proposal, First = 1 }, plan, Token);

        var request = Assert.Single(server.Requests);
        Assert.Single(request.Statements);
        Assert.Equal([proposal.Id], page.Items.Select(e => e.Id));
        Assert.Equal(7, page.TotalCount);
        Assert.Equal(3, prefetched.Relations.Count);
        Assert.Equal(proposed.Order(RelationOrder.ByTypeThenId).Select(r => r.Id), prefetched.Relations[0].Lists[proposal.Id].Select(r => r.Id));
        Assert.Equal(all.Order(RelationOrder.ByTypeThenId).Select(r => r.Id), prefetched.Relations[2].Lists[proposal.Id].Select(r => r.Id));
        // the proposers: their entities, and an (empty) list for each under the second level's query
        Assert.Equal(proposed.Select(r => r.From).Order(), prefetched.Entities.Keys.Order());
        Assert.Equal(proposed.Select(r => r.From).Order(), prefetched.Relations[1].Lists.Keys.Order());
        Assert.All(prefetched.Relations[1].Lists.Values, Assert.Empty);
        Assert.Equal(E(proposed[0].From).Name, prefetched.Entities[proposed[0].From].Name);
    }

    [Fact]
    public async Task A_lookup_is_one_statement_whose_rows_are_the_entities_found_with_their_trees()
    {
        var plan = new PrefetchPlan([new(new RelationQuery { Types = ["PROPOSED"], Direction = Direction.Out }, PrefetchPlan.Empty)]);
        var thailand = E("economy:thailand");
        var proposed = RepositoryGraph.Graph.Relations.Where(r => r.Type == "PROPOSED" && r.From == thailand.Id).ToList();
        Assert.NotEmpty(proposed);
        var tree = new Dictionary<string, object?>
        {
            ["q0"] = proposed.Select(r => new Dictionary<string, object?> { ["r"] = Bodies.Relation(r), ["o"] = Bodies.Entity(E(r.To)) }).ToArray(),
        };
        using var server = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["entity", "t"], [[Bodies.Entity(thailand), tree]])));

        var prefetched = await new Neo4jGraphStore(server.Client()).PrefetchAsync([thailand.Id, "economy:atlantis", thailand.Id], plan, Token);

        var (text, parameters) = Assert.Single(Assert.Single(server.Requests).Statements);
        Assert.StartsWith(Stored.CurrentGeneration + "\nUNWIND $ids AS id", text);
        Assert.Equal(2, parameters.GetProperty("ids").GetArrayLength());
        Assert.Equal([thailand.Id, .. proposed.Select(r => r.To).Order()], prefetched.Entities.Keys.Order());
        Assert.Equal(proposed.Order(RelationOrder.ByTypeThenId).Select(r => r.Id), Assert.Single(prefetched.Relations).Lists[thailand.Id].Select(r => r.Id));
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
