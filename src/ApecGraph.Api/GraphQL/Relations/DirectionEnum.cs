using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Relations;

public sealed class DirectionEnum : EnumerationGraphType<Core.Store.Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Direction of a relation, seen from the entity it is asked of.";
    }
}
