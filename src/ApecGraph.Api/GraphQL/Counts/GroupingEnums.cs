using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Counts;

/// <summary>How <c>entityCounts</c> groups entities.</summary>
public sealed class EntityGroupingEnum : EnumerationGraphType
{
    public EntityGroupingEnum()
    {
        Name = "EntityGrouping";
        Add("KIND", new Grouping.Kind(), "By kind, e.g. \"MEETING\" (the EntityKind value).");
    }
}

/// <summary>How <c>relationCounts</c> groups relations.</summary>
public sealed class RelationGroupingEnum : EnumerationGraphType
{
    public RelationGroupingEnum()
    {
        Name = "RelationGrouping";
        Add("TYPE", new Grouping.RelationType(), "By relation type, e.g. \"PROPOSED\".");
    }
}
