using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Organisations;
using ApecGraph.Api.GraphQL.People;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Entities;

public sealed class ActorUnion : UnionGraphType
{
    public ActorUnion()
    {
        Name = "Actor";
        Description = "Who can act: an economy, a person or an organisation.";
        Type<EconomyType>();
        Type<PersonType>();
        Type<OrganisationType>();
    }
}
