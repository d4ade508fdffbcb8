using ApecGraph.Api.GraphQL.Documents;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.GraphQL.Relations;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.Resolutions;

public sealed class ResolutionType : ObjectGraphType<Entity>
{
    public ResolutionType()
    {
        this.ForKind(EntityKind.Resolution, "A UN Security Council resolution.");
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => int.Parse(c.Source.Property("number") ?? "0"));
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => int.Parse(c.Source.Property("year") ?? "0"));
        this.Many<DocumentType>("citedBy", "Documents that cite this resolution (CITES), DOCUMENT only: citers has every kind, documents those that merely mention it.", In("CITES"), EntityKind.Document);
        this.Many<EntityInterface>("citers", "Everyone and everything the sources say CITES it.", In("CITES"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("provisions")
            .Description("What it requires, decides, urges or requests, of whom, as the sources put it.")
            .Resolve(c => c.Loaders().Relations(c.Source.Id, Out("REQUIRES", "DECIDES", "URGES", "REQUESTS")));
    }
}
