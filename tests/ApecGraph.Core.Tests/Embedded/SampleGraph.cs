using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Embedded;

/// <summary>A small APEC-like graph for the store's list and relation tests.</summary>
internal static class SampleGraph
{
    public static KnowledgeGraph Graph { get; } = new(
        [
            Entity("economy:malaysia", "Malaysia"),
            Entity("economy:japan", "Japan"),
            Entity("economy:peru", "Peru"),
            Entity("organisation:miti", "Ministry of International Trade and Industry", ["MITI"]),
            Entity("person:hairil", "Hairil Yahri Yaacob"),
            Entity("meeting:vesom", "Virtual Extraordinary SOM", ["VESOM"], ("startDate", "2020-05-27"), ("format", "VIRTUAL")),
            Entity("meeting:star-2020", "STAR Conference 2020", null, ("startDate", "2020-10-20"), ("format", "VIRTUAL")),
            Entity("meeting:som1-2019", "SOM1 2019", null, ("startDate", "2019-02-25"), ("format", "IN_PERSON")),
            Entity("meeting:mrt-2020", "MRT 2020", null, ("startDate", "2020-05"), ("format", "Virtual")),
            Entity("proposal:p1", "Proposal one"),
            Entity("proposal:p2", "Proposal two"),
            Entity("proposal:p3", "Proposal three"),
            Entity("document:release", "Media release"),
        ],
        [
            Relation("economy:malaysia", "CHAIRED", "meeting:vesom"),
            Relation("economy:malaysia", "PARTICIPATED_IN", "meeting:vesom"),
            Relation("economy:japan", "PARTICIPATED_IN", "meeting:vesom"),
            Relation("economy:malaysia", "PROPOSED", "proposal:p1"),
            Relation("economy:malaysia", "PROPOSED", "proposal:p2"),
            Relation("economy:japan", "PROPOSED", "proposal:p2"),
            Relation("economy:peru", "PROPOSED", "proposal:p3"),
            Relation("organisation:miti", "BELONGS_TO", "economy:malaysia"),
            Relation("person:hairil", "HOLDS_POST", "organisation:miti", "post-1"),
            Relation("person:hairil", "HOLDS_POST", "organisation:miti", "post-2"),
            Relation("proposal:p1", "DELIBERATED_AT", "meeting:vesom"),
            Relation("proposal:p2", "DELIBERATED_AT", "meeting:vesom"),
            Relation("meeting:som1-2019", "PRECEDES", "meeting:vesom"),
            Relation("document:release", "MENTIONS", "economy:malaysia"),
            Relation("document:release", "MENTIONS", "meeting:vesom"),
        ]);

    public static EmbeddedGraphStore Store { get; } = new(Graph);
}
