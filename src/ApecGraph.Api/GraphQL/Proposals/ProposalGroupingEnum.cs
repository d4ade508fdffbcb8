using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Proposals;

/// <summary>How <c>proposalCounts</c> groups proposals.</summary>
public sealed class ProposalGroupingEnum : EnumerationGraphType
{
    public ProposalGroupingEnum()
    {
        Name = "ProposalGrouping";
        Add("PROPOSER", new Grouping.Related("PROPOSED", Direction.In), "By who PROPOSED it: key and entity are the proposer.");
        Add("MEETING", new Grouping.Related("DELIBERATED_AT", Direction.Out), "By the meeting where it was DELIBERATED_AT: key and entity are the meeting.");
        Add("STATUS", new Grouping.Property("status"), "By its status as the source states it (PROPOSED, ENDORSED, ...).");
    }
}
