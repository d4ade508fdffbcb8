using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL.Builders;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Common;

/// <summary>Typed fields that follow relations to neighbouring entities, through the batch loaders.</summary>
public static class Navigation
{
    /// <summary>A non-null list of the neighbours reached by <paramref name="query"/>, of <paramref name="kinds"/> (all when none).</summary>
    public static FieldBuilder<Entity, object> Many<TGraphType>(this ObjectGraphType<Entity> type, string name, string description, RelationQuery query, params EntityKind[] kinds)
        where TGraphType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Resolve(c => c.Loaders().Neighbours(c.Source.Id, query, kinds));

    /// <summary>The first neighbour reached by <paramref name="query"/>, or null.</summary>
    public static FieldBuilder<Entity, object> One<TGraphType>(this ObjectGraphType<Entity> type, string name, string description, RelationQuery query, params EntityKind[] kinds)
        where TGraphType : IGraphType =>
        type.Field<TGraphType>(name)
            .Description(description)
            .Resolve(c => c.Loaders().Neighbour(c.Source.Id, query, kinds));

    /// <summary>A kind-specific property, as a string.</summary>
    public static FieldBuilder<Entity, object> Property<TGraphType>(this ObjectGraphType<Entity> type, string key, string description)
        where TGraphType : IGraphType =>
        type.Field<TGraphType>(key).Description(description).Resolve(c => c.Source.Property(key));

    /// <summary>Makes an object type the GraphQL face of one entity kind.</summary>
    public static void ForKind(this ObjectGraphType<Entity> type, EntityKind kind, string description)
    {
        type.Name = kind.ToString();
        type.Description = description;
        type.Interface<EntityInterface>();
        type.IsTypeOf = o => o is Entity e && e.Kind == kind;
        type.AddEntityFields();
    }
}
