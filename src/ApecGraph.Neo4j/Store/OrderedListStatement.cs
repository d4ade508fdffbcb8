using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// <see cref="EntityListStatement"/> under an <see cref="EntityOrder"/> other than by id: the sort key is computed as
/// <see cref="EntityOrder.KeyOf"/> computes it (<c>e.id</c>, <c>toUpper(e.name)</c>, or the span's first day), entities
/// without one go last in either direction, and the page starts after <c>($afterKey, $afterId)</c>. Only the direction
/// (<c>ASC</c>/<c>DESC</c>, <c>&gt;</c>/<c>&lt;</c>) and the key expression, both constants, vary the text.
/// </summary>
internal static class OrderedListStatement
{
    public static CypherStatement Build(EntityQuery query, string filter, Dictionary<string, object?> parameters)
    {
        var order = query.Order;
        parameters["afterKey"] = query.AfterKey;
        var sortKey = order.Sort switch
        {
            EntitySort.Name => "toUpper(e.name)",
            EntitySort.Date => DateSpanCypher.StartDay(parameters),
            _ => "e.id",
        };
        var (direction, after) = order.Descending ? ("DESC", "<") : ("ASC", ">");
        var page = $"""
              WITH e, {sortKey} AS sortKey
              WHERE $afterId IS NULL
                 OR ($afterKey IS NULL AND sortKey IS NULL AND e.id {after} $afterId)
                 OR ($afterKey IS NOT NULL AND (sortKey IS NULL OR sortKey {after} $afterKey OR (sortKey = $afterKey AND e.id {after} $afterId)))
              WITH e, sortKey ORDER BY CASE WHEN sortKey IS NULL THEN 1 ELSE 0 END, sortKey {direction}, e.id {direction} LIMIT $limit
            """;
        return new CypherStatement(EntityListStatement.Text(filter, page), parameters);
    }
}
