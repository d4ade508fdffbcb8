using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.GraphQL.Lists;

/// <summary>Root list fields as Relay connections (edges, cursors, pageInfo, totalCount) over the store's keyset paging.</summary>
public static class Connections
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Adds a connection field with <c>first</c>/<c>after</c>; <paramref name="filters"/> adds filter arguments and turns them into a query.</summary>
    public static FieldBuilder<object?, object> Connection<TNodeType>(this ObjectGraphType type, string name, string description, EntityKind kind,
        Func<IResolveFieldContext, EntityQuery, EntityQuery>? filters = null, Action<FieldBuilder<object?, object>>? arguments = null)
        where TNodeType : IGraphType
    {
        var field = type.Field<NonNullGraphType<ConnectionType<TNodeType, EdgeType<TNodeType>>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", a => a.Description = Args.FirstDescription("Page size", DefaultPageSize, MaxPageSize))
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page, asked in the same order (a cursor of another order is INVALID_ARGUMENT).")
            .Argument<ListOrderEnum>("orderBy", a => { a.DefaultValue = EntitySort.Id; a.Description = "What to sort on; ties broken by id."; })
            .Argument<OrderDirectionEnum>("direction", a => { a.DefaultValue = false; a.Description = "ASC (the default) or DESC; entities without a sort key come last either way."; })
            .DefaultFirst(DefaultPageSize, MaxPageSize);
        arguments?.Invoke(field);
        return field.ResolveAsync(async context =>
        {
            var order = new EntityOrder(context.GetArgument("orderBy", EntitySort.Id), context.GetArgument("direction", false));
            var after = Cursor.Decode(context.GetArgument<string?>("after"), order);
            var query = new EntityQuery
            {
                Kind = kind,
                First = Args.First(context, DefaultPageSize, MaxPageSize),
                Order = order,
                AfterId = after?.Id,
                AfterKey = after?.Key,
            };
            query = filters?.Invoke(context, query) ?? query;
            var store = context.Store();
            // A remote store answers the page and what the selection asks below it in one round trip; the loaders then
            // serve the levels below from that answer.
            if (store.Prefetches && PrefetchPlanner.ForConnection(context) is { IsEmpty: false } plan)
            {
                var (page, prefetched) = await store.ListWithPrefetchAsync(query, plan, context.CancellationToken);
                context.Loaders().Prime(prefetched);
                return ToConnection(page, order, query.AfterId is not null);
            }
            return ToConnection(await store.ListEntitiesAsync(query, context.CancellationToken), order, query.AfterId is not null);
        });
    }

    private static Connection<Entity> ToConnection(EntityPage page, EntityOrder order, bool hasPrevious)
    {
        var edges = page.Items.Select(e => new Edge<Entity> { Cursor = Cursor.Encode(e, order), Node = e }).ToList();
        return new Connection<Entity>
        {
            TotalCount = page.TotalCount,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasNextPage,
                HasPreviousPage = hasPrevious,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
