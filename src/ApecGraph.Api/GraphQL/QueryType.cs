using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Counts;
using ApecGraph.Api.GraphQL.Documents;
using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Graph;
using ApecGraph.Api.GraphQL.Lists;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.GraphQL.Organisations;
using ApecGraph.Api.GraphQL.Paths;
using ApecGraph.Api.GraphQL.People;
using ApecGraph.Api.GraphQL.Proposals;
using ApecGraph.Api.GraphQL.Resolutions;
using ApecGraph.Api.GraphQL.Search;
using ApecGraph.Api.GraphQL.Topics;
using ApecGraph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<EntityInterface>("entity").Description("The entity with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(c =>
            {
                var id = c.GetArgument<string>("id");
                return Lookups.Resolve(c, [id], loaders => loaders.Entity(id));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities")
            .Description("The entities with these ids that exist, in the order asked; a repeated id is answered once, at its first place.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"At most {Args.MaxIds} (repeats counted); more is INVALID_ARGUMENT.")
            .ResolveAsync(c =>
            {
                var ids = Args.Ids(c.GetArgument<List<string>>("ids"), "ids");
                return Lookups.Resolve(c, ids, loaders => loaders.Entities(ids));
            });
        this.AddSearch();
        this.AddPaths();
        this.Connection<EconomyType>("economies", "APEC member economies.", EntityKind.Economy);
        this.Connection<PersonType>("people", "People, optionally of one economy.", EntityKind.Person,
            (c, q) => q.RelatedTo(c, "economy", "BELONGS_TO", Core.Store.Direction.Out),
            f => f.Argument<IdGraphType>("economy", "Only people of this economy (id)."));
        this.Connection<OrganisationType>("organisations", "Organisations, optionally of one economy or category.", EntityKind.Organisation,
            (c, q) => q.RelatedTo(c, "economy", "BELONGS_TO", Core.Store.Direction.Out).WithProperty(c, "category"),
            f => f.Argument<IdGraphType>("economy", "Only organisations of this economy (id).")
                  .Argument<StringGraphType>("category", "e.g. ministry, apec-body, un-body, company."));
        this.AddMeetings();
        this.AddProposals();
        this.Connection<ResolutionType>("resolutions", "UN Security Council resolutions the sources cite.", EntityKind.Resolution);
        this.Connection<DocumentType>("documents", "The source documents.", EntityKind.Document);
        this.Connection<TopicType>("topics", "Subjects presented or discussed: laws, guidance, surveys, ideas.", EntityKind.Topic);
        this.AddGraph();
        this.AddCounts();
    }
}
