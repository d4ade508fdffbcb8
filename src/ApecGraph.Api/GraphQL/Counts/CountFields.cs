using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Counts;

/// <summary>Root fields that count a list in groups in one store call (<see cref="IGraphStore.CountAsync"/>).</summary>
public static class CountFields
{
    public const int DefaultGroups = 20;
    public const int MaxGroups = 100;

    /// <summary>How groups are ordered, said by every counts field.</summary>
    public const string Order = " Groups are ordered by count, largest first, then by key (ordinal), the null-key group last among equal counts.";

    /// <summary>What the entity counts fields say of their keys, after what they count.</summary>
    public const string Rules = Order + " Only ACTUAL relations make a key, as in the lists' filters (a PLANNED or EXPECTED one makes none); an entity with several keys "
        + "(a joint proposal) counts once in each of their groups; entities without a key form one group whose key is null.";

    /// <summary>Adds <c>name(by: TEnum!, first: Int, ...filters)</c> returning <c>[GroupCount!]!</c>; <typeparamref name="TEnum"/>'s
    /// values are <see cref="Grouping"/>s, and <paramref name="filters"/>/<paramref name="arguments"/> are the list's own.</summary>
    public static FieldBuilder<object?, object> Counts<TEnum>(this ObjectGraphType type, string name, string description, EntityKind? kind,
        Func<IResolveFieldContext, EntityQuery, EntityQuery>? filters = null, Action<FieldBuilder<object?, object>>? arguments = null)
        where TEnum : EnumerationGraphType
    {
        var field = type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupCountType>>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TEnum>>("by", "What to group by.")
            .Argument<IntGraphType>("first", a => a.Description = Args.FirstDescription("Groups returned, the first in the order above", DefaultGroups, MaxGroups))
            .DefaultFirst(DefaultGroups, MaxGroups);
        arguments?.Invoke(field);
        return field.ResolveAsync(async context =>
        {
            var by = context.GetArgument<Grouping>("by");
            var first = Args.First(context, DefaultGroups, MaxGroups);
            var filter = new EntityQuery { Kind = kind };
            var query = new GroupQuery { By = by, First = first, Filter = filters?.Invoke(context, filter) ?? filter };
            var counts = await context.Store().CountAsync(query, context.CancellationToken);
            return counts.Groups.Select(g => new GroupRow(g.Key, by is Grouping.Related, g.Count)).ToList();
        });
    }
}
