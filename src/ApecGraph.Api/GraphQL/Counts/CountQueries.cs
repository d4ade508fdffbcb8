using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Counts;

public static class CountQueries
{
    /// <summary>The counts over the whole graph: entities by kind, relations by type.</summary>
    public static void AddCounts(this ObjectGraphType query)
    {
        query.Counts<EntityGroupingEnum>("entityCounts", "How many entities there are of each kind." + CountFields.Order, kind: null);
        query.Counts<RelationGroupingEnum>("relationCounts", "How many relations there are of each type, every relation counted once whatever its modality (ACTUAL, PLANNED, EXPECTED), MENTIONS included." + CountFields.Order, kind: null);
    }
}
