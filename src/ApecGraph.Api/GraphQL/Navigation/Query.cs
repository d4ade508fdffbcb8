using ApecGraph.Core.Store;

namespace ApecGraph.Api.GraphQL.Navigation;

/// <summary>Short names for the relation queries that the typed fields use.</summary>
public static class Query
{
    public static RelationQuery Out(params string[] types) => new() { Types = types, Direction = Direction.Out };
    public static RelationQuery In(params string[] types) => new() { Types = types, Direction = Direction.In };
}
