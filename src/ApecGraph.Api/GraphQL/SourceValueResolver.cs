using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;

namespace ApecGraph.Api.GraphQL;

/// <summary>A leaf's resolver that reads its value off the parent object alone: no arguments, services or loaders.</summary>
public interface ISourceValueReader
{
    object? Read(object? source);
}

/// <summary>
/// The resolver of a scalar or enum field that is a plain read of its source (<c>.ResolveValue(r =&gt; r.Type)</c>). Run
/// through <see cref="IFieldResolver"/> it is an ordinary resolver; <see cref="ReusedFieldsExecutionStrategy"/> also
/// calls <see cref="Read"/> directly, without a resolve context, for the hundreds of leaves of a large answer.
/// </summary>
public sealed class SourceValueResolver<TSource>(Func<TSource, object?> read) : IFieldResolver, ISourceValueReader
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((TSource)context.Source!));

    public object? Read(object? source) => read((TSource)source!);
}

public static class SourceValues
{
    /// <summary>Resolves the field by reading <paramref name="read"/> off its source; for leaves only (scalars, enums).</summary>
    public static FieldBuilder<TSource, TReturn> ResolveValue<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<TSource, object?> read)
    {
        field.FieldType.Resolver = new SourceValueResolver<TSource>(read);
        return field;
    }
}
