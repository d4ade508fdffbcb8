using ApecGraph.Api.GraphQL.Counts;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Lists;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Proposals;

public static class ProposalQueries
{
    public static void AddProposals(this ObjectGraphType query)
    {
        query.Connection<ProposalType>("proposals", "Proposals and outcomes: initiatives, declarations, statements, guidelines, work plans.", EntityKind.Proposal,
            Filter, Arguments);
        query.Counts<ProposalGroupingEnum>("proposalCounts", "How many proposals there are per proposer, meeting or status, among those `proposals` with the same filters lists." + CountFields.Rules,
            EntityKind.Proposal, Filter, Arguments);
    }

    // The filters of `proposals`, shared by `proposalCounts` so that both mean the same.
    private static EntityQuery Filter(IResolveFieldContext c, EntityQuery q) =>
        q.RelatedTo(c, "proposer", "PROPOSED", Direction.In)
            .RelatedTo(c, "meeting", "DELIBERATED_AT", Direction.Out)
            .WithProperty(c, "status").WithProperty(c, "category");

    private static void Arguments(FieldBuilder<object?, object> f) =>
        f.Argument<IdGraphType>("proposer", "Proposed by this actor (id), alone or jointly.")
            .Argument<IdGraphType>("meeting", "Deliberated at this meeting (id).")
            .Argument<StringGraphType>("status", "As the source states it: PROPOSED, DELIBERATED, ENDORSED, UNDER_WAY, DRAFT, ISSUED.")
            .Argument<StringGraphType>("category", "proposal, initiative, declaration, statement, guideline, work-plan, ...");
}
