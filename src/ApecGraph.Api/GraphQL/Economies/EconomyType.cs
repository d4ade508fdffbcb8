using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.GraphQL.Organisations;
using ApecGraph.Api.GraphQL.People;
using ApecGraph.Api.GraphQL.Proposals;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.Economies;

public sealed class EconomyType : ObjectGraphType<Entity>
{
    public EconomyType()
    {
        this.ForKind(EntityKind.Economy, "An APEC member economy.");
        this.Many<ProposalType>("proposals", "Proposals this economy PROPOSED or co-sponsored.", Out("PROPOSED"), EntityKind.Proposal);
        this.Many<MeetingType>("chaired", "Meetings this economy CHAIRED (MEETING only; a body it chaired for a year is in relations).", Out("CHAIRED"), EntityKind.Meeting);
        this.Many<MeetingType>("hosted", "Meetings this economy HOSTED (MEETING only; a body's year it hosted is in relations).", Out("HOSTED"), EntityKind.Meeting);
        this.Many<PersonType>("officials", "People the sources place in this economy's service: PERSON ends of BELONGS_TO (its organisations are in organisations).", In("BELONGS_TO"), EntityKind.Person);
        this.Many<OrganisationType>("organisations", "Ministries, agencies and companies of this economy: ORGANISATION ends of BELONGS_TO (its people are in officials).", In("BELONGS_TO"), EntityKind.Organisation);
        this.Many<OrganisationType>("memberOf", "Bodies this economy is a MEMBER_OF.", Out("MEMBER_OF"), EntityKind.Organisation);
    }
}
