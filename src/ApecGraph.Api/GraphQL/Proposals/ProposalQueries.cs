using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Lists;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Proposals;

public static class ProposalQueries
{
    public static void AddProposals(this ObjectGraphType query) =>
        query.Connection<ProposalType>("proposals", "Proposals and outcomes: initiatives, declarations, statements, guidelines, work plans.", EntityKind.Proposal,
            (c, q) => q.RelatedTo(c, "proposer", "PROPOSED", Direction.In)
                .RelatedTo(c, "meeting", "DELIBERATED_AT", Direction.Out)
                .WithProperty(c, "status").WithProperty(c, "category"),
            f => f.Argument<IdGraphType>("proposer", "Proposed by this actor (id), alone or jointly.")
                  .Argument<IdGraphType>("meeting", "Deliberated at this meeting (id).")
                  .Argument<StringGraphType>("status", "As the source states it: PROPOSED, DELIBERATED, ENDORSED, UNDER_WAY, DRAFT, ISSUED.")
                  .Argument<StringGraphType>("category", "proposal, initiative, declaration, statement, guideline, work-plan, ..."));
}
