using ApecGraph.Api.GraphQL.Common;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Organisations;
using ApecGraph.Api.GraphQL.People;
using ApecGraph.Api.GraphQL.Proposals;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Common.Query;

namespace ApecGraph.Api.GraphQL.Economies;

public sealed class EconomyType : ObjectGraphType<Entity>
{
    public EconomyType()
    {
        this.ForKind(EntityKind.Economy, "An APEC member economy.");
        this.Many<ProposalType>("proposals", "Proposals this economy made or co-sponsored.", Out("PROPOSED"), EntityKind.Proposal);
        this.Many<MeetingType>("chaired", "Meetings this economy chaired.", Out("CHAIRED"), EntityKind.Meeting);
        this.Many<MeetingType>("hosted", "Meetings this economy hosted.", Out("HOSTED"), EntityKind.Meeting);
        this.Many<PersonType>("officials", "People the sources place in this economy's service.", In("BELONGS_TO"), EntityKind.Person);
        this.Many<OrganisationType>("organisations", "Ministries, agencies and companies of this economy.", In("BELONGS_TO"), EntityKind.Organisation);
        this.Many<OrganisationType>("memberOf", "Bodies this economy is a member of.", Out("MEMBER_OF"), EntityKind.Organisation);
    }
}
