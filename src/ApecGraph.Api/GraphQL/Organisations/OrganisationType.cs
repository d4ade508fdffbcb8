using ApecGraph.Api.GraphQL.Common;
using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.People;
using ApecGraph.Api.GraphQL.Proposals;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Common.Query;

namespace ApecGraph.Api.GraphQL.Organisations;

public sealed class OrganisationType : ObjectGraphType<Entity>
{
    public OrganisationType()
    {
        this.ForKind(EntityKind.Organisation, "A ministry, APEC or UN body, international organisation, central bank, company or research centre.");
        this.Property<StringGraphType>("category", "ministry, apec-body, un-body, company, ...");
        this.One<EconomyType>("economy", "The economy this organisation belongs to.", Out("BELONGS_TO"), EntityKind.Economy);
        this.One<OrganisationType>("parent", "The body this one is part of.", Out("PART_OF"), EntityKind.Organisation);
        this.Many<OrganisationType>("parts", "Bodies that are part of this one.", In("PART_OF"), EntityKind.Organisation);
        this.Many<EntityInterface>("members", "Economies and bodies that are members of this one.", In("MEMBER_OF"));
        this.Many<PersonType>("people", "People who hold a post here.", In("HOLDS_POST"), EntityKind.Person);
        this.Many<ProposalType>("proposals", "Proposals this organisation made.", Out("PROPOSED"), EntityKind.Proposal);
        this.Many<MeetingType>("meetings", "Meetings this organisation organised, chaired, presented at, spoke at or took part in.",
            Out("ORGANISED", "CHAIRED", "PRESENTED_AT", "SPOKE_AT", "PARTICIPATED_IN"), EntityKind.Meeting);
    }
}
