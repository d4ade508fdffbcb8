using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;

namespace ApecGraph.Api.GraphQL.Lists;

/// <summary>Turns filter arguments of a root list into an <see cref="EntityQuery"/>.</summary>
public static class Filters
{
    /// <summary>Keeps entities joined by <paramref name="type"/> to the entity whose id is in <paramref name="argument"/>, when given.</summary>
    public static EntityQuery RelatedTo(this EntityQuery query, IResolveFieldContext context, string argument, string type, Direction direction) =>
        context.GetArgument<string?>(argument) is { } id
            ? query with { Related = [.. query.Related, new RelatedFilter(type, direction, id)] }
            : query;

    /// <summary>Keeps entities whose property <paramref name="key"/> equals the argument of the same name, when given.</summary>
    public static EntityQuery WithProperty(this EntityQuery query, IResolveFieldContext context, string key) =>
        context.GetArgument<object?>(key) is { } value
            ? query with { PropertyEquals = new Dictionary<string, string>(query.PropertyEquals) { [key] = value.ToString()! } }
            : query;

    /// <summary>Keeps entities whose date span (<see cref="EntityDates"/>) overlaps the <c>from</c> and <c>to</c> arguments,
    /// both inclusive, when either is given. A partial bound covers all of its days: <c>from: "2016"</c> starts on
    /// 2016-01-01, <c>to: "2020-05"</c> ends on 2020-05-31.</summary>
    public static EntityQuery InDateSpan(this EntityQuery query, IResolveFieldContext context)
    {
        string? from = context.GetArgument<string?>("from"), to = context.GetArgument<string?>("to");
        if (from is null && to is null)
            return query;
        DateOnly? start = from is null ? null : PartialDate.Parse(from).Start, end = to is null ? null : PartialDate.Parse(to).End;
        if (start > end)
            throw new ApiError(ApiError.InvalidArgument, $"'to' ({to}) ends before 'from' ({from}) starts.");
        return query with { Dates = new DateSpanFilter(start, end) };
    }
}
