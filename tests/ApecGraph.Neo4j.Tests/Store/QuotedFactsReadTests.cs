using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>
/// <see cref="Neo4jGraphStore.GetQuotedFactsAsync"/> and <see cref="Neo4jGraphStore.GetDocumentTextsAsync"/> on made-up
/// answers in the HTTP API's format: how rows become facts (no real server has answered these statements yet: the
/// integration test <c>StoreIntegrationTests</c> does, against a real Neo4j).
/// </summary>
public sealed class QuotedFactsReadTests
{
    private static readonly KnowledgeGraph Graph = RepositoryGraph.Graph;

    [Fact]
    public async Task Each_row_names_the_evidence_of_its_entity_or_relation_by_index()
    {
        var relation = Graph.Relations.First(r => r.Type == "CHAIRED" && r.Evidence.Count > 1);
        var entity = Graph.Entities.First(e => e.Id == "document:miti-vesom-2020");
        using var server = ReplayServer.Start(Bodies.Ok(Bodies.Rows(["doc", "evidenceIndex", "entity", "relation"],
        [
            ["document:miti-vesom-2020", 1, Bodies.Entity(entity), null],
            ["document:miti-vesom-2020", 1, null, Bodies.Relation(relation)],
        ])));

        var facts = (await new Neo4jGraphStore(server.Client()).GetQuotedFactsAsync(["document:miti-vesom-2020", "document:none"], 50, TestContext.Current.CancellationToken));

        Assert.Empty(facts["document:none"]);
        var (first, second) = (facts["document:miti-vesom-2020"][0], facts["document:miti-vesom-2020"][1]);
        Assert.Equal(Key(entity.Evidence[1], entity.Id), Key(first.Evidence, first.Entity!.Id));
        Assert.Null(first.Relation);
        Assert.Equal(Key(relation.Evidence[1], relation.Id), Key(second.Evidence, second.Relation!.Id));
        Assert.NotNull(second.Evidence.Start);
        var statement = Assert.Single(Assert.Single(server.Requests).Statements);
        Assert.Equal(50, statement.Parameters.GetProperty("limit").GetInt32());
    }

    private static (string, string, int?, int?, string) Key(Evidence e, string factId) => (e.DocumentId, e.Quote, e.Start, e.End, factId);

    [Fact]
    public async Task No_ids_or_a_limit_of_zero_send_no_statement()
    {
        using var server = ReplayServer.Start(Bodies.Ok());
        var store = new Neo4jGraphStore(server.Client());

        Assert.Empty(await store.GetQuotedFactsAsync([], 50, TestContext.Current.CancellationToken));
        Assert.Empty((await store.GetQuotedFactsAsync(["document:x"], 0, TestContext.Current.CancellationToken))["document:x"]);
        Assert.Empty(await store.GetDocumentTextsAsync([], TestContext.Current.CancellationToken));
        Assert.Empty(server.Requests);
    }
}
