using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Relations;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Paths;

public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A chain of relations between two entities; relations keep their own direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops.").ResolveValue(s => s.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities")
            .Description("From the start to the end, in order.").ListSize(PathQuery.MaxHopsLimit + 1)
            .Resolve(c => c.Loaders().Entities(c.Source.EntityIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("relations[i] joins entities[i] and entities[i+1].").ListSize(PathQuery.MaxHopsLimit).Resolve(c => c.Source.Relations);
    }
}
