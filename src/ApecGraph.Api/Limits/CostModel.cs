using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Lists;
using ApecGraph.Api.GraphQL.Navigation;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace ApecGraph.Api.Limits;

/// <summary>
/// The estimated cost of a request, computed by graphql-dotnet's complexity analyser from the document before it runs
/// (aliases and fragments counted, variables resolved): every field costs 1, and a list field multiplies the cost of
/// what is selected under it by how many items it may return: its <c>first:</c> argument (or that argument's default),
/// the number of <c>ids</c> it is given, the size its field declares with <see cref="ListSize{TSource, TReturn}"/>, or, for
/// introspection, the size of this schema's lists;
/// <see cref="DefaultListSize"/> otherwise. A connection's <c>first</c> counts once, at the connection field.
/// </summary>
public static class CostModel
{
    /// <summary>Items assumed for a list field that declares no size and takes no <c>first</c>.</summary>
    public const int DefaultListSize = 10;

    private const string ListSizeKey = "apecgraph:listSize";
    private const string DefaultFirstKey = "apecgraph:defaultFirst";

    /// <summary>Declares how many items this list field returns at most, or typically, for the cost estimate.</summary>
    public static FieldBuilder<TSource, TReturn> ListSize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int size) =>
        field.WithMetadata(ListSizeKey, size);

    /// <summary>Declares the page size a field uses when its <c>first</c> argument is left out (and the bound it is clamped to).</summary>
    public static FieldBuilder<TSource, TReturn> DefaultFirst<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int first, int max) =>
        field.WithMetadata(DefaultFirstKey, (first, max));

    /// <summary>Field impact 1; the child multiplier as described on the class.</summary>
    public static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var type = Unwrap(context.FieldDefinition.ResolvedType);
        var parent = Unwrap(context.ParentType);
        if (IsConnection(type))
            return new(1, First(context) ?? Connections.DefaultPageSize);
        if (Unwrap(context.FieldDefinition.ResolvedType, lists: false) is not ListGraphType)
            return new(1, 1);
        if (IsConnection(parent))
            return new(1, 1); // edges: already multiplied at the connection field
        if (parent?.Name.StartsWith("__", StringComparison.Ordinal) == true)
            return new(1, IntrospectionListSize(context));
        if (First(context) is { } first) return new(1, first);
        if (context.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection list)
            return new(1, list.Count);
        return new(1, context.FieldDefinition.GetMetadata(ListSizeKey, DefaultListSize));
    }

    // Introspection lists, sized like this schema: every type, every directive, and a typical type's members.
    private static int IntrospectionListSize(FieldImpactContext context) => context.FieldDefinition.Name switch
    {
        "types" => context.ValidationContext.Schema.AllTypes.Count,
        "directives" => context.ValidationContext.Schema.Directives.Count,
        "fields" => 10,
        "interfaces" => 1,
        _ => 3, // args, inputFields, enumValues, possibleTypes
    };

    private static int? First(FieldImpactContext context)
    {
        var declared = context.FieldDefinition.GetMetadata<(int First, int Max)?>(DefaultFirstKey);
        var given = context.Arguments?.TryGetValue("first", out var argument) == true && argument.Value is int value ? value : (int?)null;
        if (given is null) return declared?.First;
        return Math.Clamp(given.Value, 0, declared?.Max ?? int.MaxValue);
    }

    private static bool IsConnection(IGraphType? type) =>
        type is IComplexGraphType complex && complex.Name.EndsWith("Connection", StringComparison.Ordinal) && complex.GetField("edges") is not null;

    private static IGraphType? Unwrap(IGraphType? type, bool lists = true)
    {
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull: type = nonNull.ResolvedType; break;
                case ListGraphType list when lists: type = list.ResolvedType; break;
                default: return type;
            }
        }
    }
}
