using GraphQL;

namespace ApecGraph.Api.GraphQL.Arguments;

/// <summary>Checks on argument values that the schema's types cannot express.</summary>
public static class Args
{
    /// <summary>The smallest <c>first</c> any list accepts. Every list (connections, <c>search</c>, <c>paths</c>,
    /// <c>relations</c>) takes <c>first: 0</c> and answers no items (a connection still has its <c>totalCount</c>),
    /// so a client paging with a computed page size never meets an error at the edge.</summary>
    public const int MinFirst = 0;

    /// <summary>The most ids <c>entities(ids:)</c> takes; more is INVALID_ARGUMENT, never a silent cut.</summary>
    public const int MaxIds = 100;

    public static int InRange(int value, string name, int min, int max) =>
        value >= min && value <= max
            ? value
            : throw new ApiError(ApiError.InvalidArgument, $"'{name}' must be between {min} and {max}; got {value}.");

    /// <summary>The field's <c>first</c> argument (or <paramref name="defaultValue"/>), checked to be
    /// <see cref="MinFirst"/> to <paramref name="max"/>: the one rule every list field uses.</summary>
    public static int First(IResolveFieldContext context, int defaultValue, int max) =>
        InRange(context.GetArgument("first", defaultValue), "first", MinFirst, max);

    /// <summary>The description of a <c>first</c> argument, stated the same way on every list.</summary>
    public static string FirstDescription(string what, int defaultValue, int max) =>
        $"{what}, {MinFirst} to {max} (default {defaultValue}); 0 answers none.";

    /// <summary>At most <see cref="MaxIds"/> ids (repeats counted), else INVALID_ARGUMENT naming the maximum.</summary>
    public static IReadOnlyList<string> Ids(IReadOnlyList<string> ids, string name) =>
        ids.Count <= MaxIds
            ? ids
            : throw new ApiError(ApiError.InvalidArgument, $"'{name}' takes at most {MaxIds} ids; got {ids.Count}. Ask in several requests.");

    public static string NotBlank(string? value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ApiError(ApiError.InvalidArgument, $"'{name}' must not be empty.");
        if (value.Length > maxLength)
            throw new ApiError(ApiError.InvalidArgument, $"'{name}' must be at most {maxLength} characters; got {value.Length}.");
        return value.Trim();
    }
}
