using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

public sealed class EmbeddedGraphStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public sealed class Constructor
    {
        [Fact]
        public void Rejects_duplicate_ids_and_dangling_relations()
        {
            Assert.Throws<ArgumentException>(() => new EmbeddedGraphStore(new([Entity("topic:a"), Entity("topic:a")], [])));
            Assert.Throws<ArgumentException>(() => new EmbeddedGraphStore(new([Entity("topic:a")], [Relation("topic:a", "CITES", "topic:b")])));
            Assert.Throws<ArgumentException>(() => new EmbeddedGraphStore(new(
                [Entity("topic:a"), Entity("topic:b")], [Relation("topic:a", "CITES", "topic:b"), Relation("topic:b", "CITES", "topic:a", "topic:a|CITES|topic:b")])));
        }
    }

    public sealed class GetEntitiesAsync
    {
        [Fact]
        public async Task Returns_the_entities_found_and_leaves_missing_ids_out()
        {
            var found = await SampleGraph.Store.GetEntitiesAsync(["economy:japan", "economy:atlantis", "meeting:vesom"], Token);

            Assert.Equal(["economy:japan", "meeting:vesom"], found.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("Japan", found["economy:japan"].Name);
        }
    }

    public sealed class GetRelationsAsync
    {
        [Fact]
        public async Task Out_and_in_follow_the_stored_direction()
        {
            var result = await SampleGraph.Store.GetRelationsAsync(["economy:malaysia"], new RelationQuery { Direction = Direction.Out }, Token);
            var incoming = await SampleGraph.Store.GetRelationsAsync(["economy:malaysia"], new RelationQuery { Direction = Direction.In }, Token);

            Assert.All(result["economy:malaysia"], r => Assert.Equal("economy:malaysia", r.From));
            Assert.Equal(4, result["economy:malaysia"].Count);
            Assert.Equal(["document:release|MENTIONS|economy:malaysia", "organisation:miti|BELONGS_TO|economy:malaysia"],
                incoming["economy:malaysia"].Select(r => r.Id).Order(StringComparer.Ordinal));
        }

        [Fact]
        public async Task Both_directions_come_ordered_by_type_then_id()
        {
            var result = await SampleGraph.Store.GetRelationsAsync(["meeting:vesom"], RelationQuery.All, Token);

            Assert.Equal(
            [
                "economy:malaysia|CHAIRED|meeting:vesom",
                "proposal:p1|DELIBERATED_AT|meeting:vesom",
                "proposal:p2|DELIBERATED_AT|meeting:vesom",
                "document:release|MENTIONS|meeting:vesom",
                "economy:japan|PARTICIPATED_IN|meeting:vesom",
                "economy:malaysia|PARTICIPATED_IN|meeting:vesom",
                "meeting:som1-2019|PRECEDES|meeting:vesom",
            ], result["meeting:vesom"].Select(r => r.Id));
        }

        [Fact]
        public async Task At_most_the_limit_per_entity_the_first_in_type_then_id_order()
        {
            var result = await SampleGraph.Store.GetRelationsAsync(["meeting:vesom", "economy:malaysia"], RelationQuery.All with { Limit = 3 }, Token);

            Assert.Equal(
            [
                "economy:malaysia|CHAIRED|meeting:vesom",
                "proposal:p1|DELIBERATED_AT|meeting:vesom",
                "proposal:p2|DELIBERATED_AT|meeting:vesom",
            ], result["meeting:vesom"].Select(r => r.Id));
            Assert.Equal(3, result["economy:malaysia"].Count);
        }

        [Fact]
        public async Task Types_filter_and_every_requested_id_is_a_key()
        {
            var result = await SampleGraph.Store.GetRelationsAsync(
                ["economy:malaysia", "economy:japan", "economy:atlantis"], new RelationQuery { Types = ["PROPOSED"] }, Token);

            Assert.Equal(["economy:malaysia|PROPOSED|proposal:p1", "economy:malaysia|PROPOSED|proposal:p2"], result["economy:malaysia"].Select(r => r.Id));
            Assert.Single(result["economy:japan"]);
            Assert.Empty(result["economy:atlantis"]);
        }

        [Fact]
        public async Task A_self_relation_comes_once_in_both_directions_in_order()
        {
            var store = new EmbeddedGraphStore(new KnowledgeGraph(
                [Entity("meeting:a"), Entity("meeting:b")],
                [Relation("meeting:a", "PRECEDES", "meeting:b"), Relation("meeting:a", "PART_OF", "meeting:a"), Relation("meeting:b", "CITES", "meeting:a")]));

            var both = await store.GetRelationsAsync(["meeting:a"], RelationQuery.All, Token);
            var typed = await store.GetRelationsAsync(["meeting:a"], new RelationQuery { Types = ["PART_OF", "PRECEDES"], Limit = 1 }, Token);

            Assert.Equal(["meeting:b|CITES|meeting:a", "meeting:a|PART_OF|meeting:a", "meeting:a|PRECEDES|meeting:b"], both["meeting:a"].Select(r => r.Id));
            Assert.Equal(["meeting:a|PART_OF|meeting:a"], typed["meeting:a"].Select(r => r.Id));
        }

        [Fact]
        public async Task Two_relations_of_one_pair_are_both_returned()
        {
            var result = await SampleGraph.Store.GetRelationsAsync(["person:hairil"], new RelationQuery { Types = ["HOLDS_POST"] }, Token);

            Assert.Equal(["post-1", "post-2"], result["person:hairil"].Select(r => r.Id));
        }
    }

    public sealed class GetStatusAsync
    {
        [Fact]
        public async Task Reports_embedded_and_the_counts()
        {
            var status = await SampleGraph.Store.GetStatusAsync(Token);

            // SampleGraph.cs lists 13 entities and 15 relations: fixed facts of the sample, not counts read back from it
            Assert.Equal(new StoreStatus("Embedded", 13, 15), status);
        }
    }
}
