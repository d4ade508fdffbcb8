using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.GraphQL.People;
using ApecGraph.Api.GraphQL.Proposals;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.Organisations;

public sealed class OrganisationType : ObjectGraphType<Entity>
{
    public OrganisationType()
    {
        this.ForKind(EntityKind.Organisation, "A ministry, APEC or UN body, international organisation, central bank, company or research centre.");
        this.Property<StringGraphType>("category", "ministry, apec-body, un-body, company, ...");
        this.One<EconomyType>("economy", "The economy this organisation BELONGS_TO.", Out("BELONGS_TO"), EntityKind.Economy);
        this.One<OrganisationType>("parent", "The body this one is PART_OF (ORGANISATION only).", Out("PART_OF"), EntityKind.Organisation);
        this.Many<OrganisationType>("parts", "Bodies that are PART_OF this one (ORGANISATION only; sessions are Meeting.sessions).", In("PART_OF"), EntityKind.Organisation);
        this.Many<EntityInterface>("members", "Economies and bodies that are MEMBER_OF this one.", In("MEMBER_OF"));
        this.Many<PersonType>("people", "People who hold a post here (HOLDS_POST).", In("HOLDS_POST"), EntityKind.Person);
        this.Many<ProposalType>("proposals", "Proposals this organisation PROPOSED.", Out("PROPOSED"), EntityKind.Proposal);
        this.Many<MeetingType>("meetings", "Meetings this organisation ORGANISED, CHAIRED, PRESENTED_AT, SPOKE_AT or PARTICIPATED_IN (MEETING only; a body it chaired is in relations).",
            Out("ORGANISED", "CHAIRED", "PRESENTED_AT", "SPOKE_AT", "PARTICIPATED_IN"), EntityKind.Meeting);
    }
}
