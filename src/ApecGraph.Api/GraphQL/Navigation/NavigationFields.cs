using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Relations;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Execution;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Navigation;

/// <summary>Typed fields that follow relations to neighbouring entities, through the batch loaders. Each declares
/// what it follows once (<see cref="NavigationDeclaration"/>, kept as field metadata) and resolves from that declaration.</summary>
public static class NavigationFields
{
    /// <summary>A non-null list of the neighbours reached by <paramref name="query"/>, of <paramref name="kinds"/> (all when none).</summary>
    public static FieldBuilder<Entity, object> Many<TGraphType>(this ObjectGraphType<Entity> type, string name, string description, RelationQuery query, params EntityKind[] kinds)
        where TGraphType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name).Navigates(description, query, kinds).Resolve(ResolveMany);

    /// <summary>The first neighbour reached by <paramref name="query"/>, or null.</summary>
    public static FieldBuilder<Entity, object> One<TGraphType>(this ObjectGraphType<Entity> type, string name, string description, RelationQuery query, params EntityKind[] kinds)
        where TGraphType : IGraphType =>
        type.Field<TGraphType>(name).Navigates(description, query, kinds).Resolve(ResolveOne);

    /// <summary>Declares <paramref name="field"/> a navigation field: its description, what it follows (as metadata) and its
    /// <c>modality</c> argument. Also for interface fields, which carry no resolver.</summary>
    public static FieldBuilder<Entity, object> Navigates(this FieldBuilder<Entity, object> field, string description, RelationQuery query, params EntityKind[] kinds) =>
        field.Description(description)
            .WithMetadata(NavigationDeclaration.MetadataKey, new NavigationDeclaration(query, kinds))
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ModalityEnum>>>>(NavigationDeclaration.ModalityArgument, a =>
            {
                a.Description = "Follow relations stated with these modalities; by default only what the sources state as done or holding (ACTUAL).";
                a.DefaultValue = NavigationDeclaration.DefaultModalities.ToList();
            });

    /// <summary>Resolves a list navigation field from its declaration.</summary>
    public static object? ResolveMany(IResolveFieldContext<Entity> context)
    {
        var (declaration, modalities) = Read(context);
        return context.Loaders().Neighbours(context.Source.Id, declaration.Query, declaration.LoaderKey, modalities, declaration.Kinds);
    }

    /// <summary>Resolves a single navigation field from its declaration.</summary>
    public static object? ResolveOne(IResolveFieldContext<Entity> context)
    {
        var (declaration, modalities) = Read(context);
        return context.Loaders().Neighbour(context.Source.Id, declaration.Query, declaration.LoaderKey, modalities, declaration.Kinds);
    }

    private static (NavigationDeclaration, IReadOnlyCollection<Modality>) Read(IResolveFieldContext context) =>
        (NavigationDeclaration.Of(context.FieldDefinition)
            ?? throw new InvalidOperationException($"{context.FieldDefinition.Name} resolves as navigation but declares nothing."),
         Modalities(context));

    // Left out, the argument is its default: the shared list, not a new one converted from the argument on every parent.
    private static IReadOnlyCollection<Modality> Modalities(IResolveFieldContext context) =>
        context.Arguments?.TryGetValue(NavigationDeclaration.ModalityArgument, out var given) == true && given.Source == ArgumentSource.FieldDefault
            ? NavigationDeclaration.DefaultModalities
            : context.GetArgument<List<Modality>?>(NavigationDeclaration.ModalityArgument) ?? [.. NavigationDeclaration.DefaultModalities];

    /// <summary>A kind-specific property, as a string.</summary>
    public static FieldBuilder<Entity, object> Property<TGraphType>(this ObjectGraphType<Entity> type, string key, string description)
        where TGraphType : IGraphType =>
        type.Field<TGraphType>(key).Description(description).ResolveValue(s => s.Property(key));

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
