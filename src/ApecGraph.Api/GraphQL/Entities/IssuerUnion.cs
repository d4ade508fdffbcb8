using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Organisations;
using ApecGraph.Api.GraphQL.People;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Entities;

/// <summary>Who may issue a statement or document (the kinds the vocabulary allows at the start of ISSUED).</summary>
public sealed class IssuerUnion : UnionGraphType
{
    public IssuerUnion()
    {
        Name = "Issuer";
        Description = "Who can issue a statement or document: an economy, a person, an organisation or a meeting.";
        Type<EconomyType>();
        Type<PersonType>();
        Type<OrganisationType>();
        Type<MeetingType>();
    }
}
