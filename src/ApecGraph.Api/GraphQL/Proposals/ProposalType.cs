using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.Proposals;

public sealed class ProposalType : ObjectGraphType<Entity>
{
    public ProposalType()
    {
        this.ForKind(EntityKind.Proposal, "A proposal, initiative, declaration, statement, guideline or work plan.");
        Field<NonNullGraphType<StringGraphType>>("title").ResolveValue(s => s.Property("title") ?? s.Name);
        this.Property<StringGraphType>("category", "proposal, initiative, declaration, statement, guideline, work-plan, ...");
        this.Property<StringGraphType>("status", "As the source states it, e.g. PROPOSED, ENDORSED, UNDER_WAY, DRAFT.");
        this.Many<ActorUnion>("proposers", "Who PROPOSED it (several for a joint proposal).", In("PROPOSED"));
        this.One<MeetingType>("meeting", "Where it was deliberated (DELIBERATED_AT; the first such meeting).", Out("DELIBERATED_AT"), EntityKind.Meeting);
        this.Many<MeetingType>("meetings", "Every meeting where it was deliberated, discussed or endorsed (DELIBERATED_AT).", Out("DELIBERATED_AT"), EntityKind.Meeting);
        this.Many<IssuerUnion>("issuedBy", "Who ISSUED it, for statements: an economy, person or organisation, or a meeting.", In("ISSUED"));
    }
}
