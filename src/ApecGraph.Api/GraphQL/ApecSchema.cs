using ApecGraph.Api.GraphQL.Documents;
using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Organisations;
using ApecGraph.Api.GraphQL.People;
using ApecGraph.Api.GraphQL.Proposals;
using ApecGraph.Api.GraphQL.Resolutions;
using ApecGraph.Api.GraphQL.Topics;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL;

/// <summary>The public schema: read-only queries over the knowledge graph.</summary>
public sealed class ApecSchema : Schema
{
    public ApecSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
        // Kinds reached only through the Entity interface must still be in the schema.
        RegisterType(typeof(EconomyType));
        RegisterType(typeof(PersonType));
        RegisterType(typeof(OrganisationType));
        RegisterType(typeof(MeetingType));
        RegisterType(typeof(ProposalType));
        RegisterType(typeof(ResolutionType));
        RegisterType(typeof(DocumentType));
        RegisterType(typeof(TopicType));
    }
}
