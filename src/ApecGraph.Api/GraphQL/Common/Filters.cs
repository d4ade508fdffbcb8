using ApecGraph.Core.Store;
using GraphQL;

namespace ApecGraph.Api.GraphQL.Common;

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

    /// <summary>Keeps entities whose <paramref name="key"/> date lies between the <c>from</c> and <c>to</c> arguments, both inclusive.</summary>
    public static EntityQuery InDateRange(this EntityQuery query, IResolveFieldContext context, string key, params string[] fallbackKeys)
    {
        string? from = context.GetArgument<string?>("from"), to = context.GetArgument<string?>("to");
        // '\uffff' sorts after any date text, so to: "2020-05" keeps "2020-05-27".
        var range = new PropertyRange(key, from, to is null ? null : to + '\uffff') { FallbackKeys = fallbackKeys };
        return from is null && to is null ? query : query with { Ranges = [.. query.Ranges, range] };
    }
}
