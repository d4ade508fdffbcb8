using ApecGraph.Api.Limits;
using ApecGraph.Api.GraphQL.Documents;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.GraphQL.Common;

/// <summary>The fields every entity has, shared by the Entity interface and each kind's type.</summary>
public static class EntityFields
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>The store as this request sees it (its calls counted).</summary>
    public static RequestGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestGraphStore>();

    // One definition for the interface and every kind's type; resolvers go on object types only,
    // as graphql-dotnet rejects them on interfaces (hence the analyzer's GQL012 does not apply).
#pragma warning disable GQL012
    public static void AddEntityFields(this ComplexGraphType<Entity> type)
    {
        var resolve = type is IObjectGraphType;
        void With(FieldBuilder<Entity, object> field, Func<IResolveFieldContext<Entity>, object?> resolver)
        {
            if (resolve) field.Resolve(resolver);
        }

        With(type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable, readable id, e.g. 'economy:malaysia', 'meeting:vesom-2020-05-27'."), c => c.Source.Id);
        With(type.Field<NonNullGraphType<EntityKindEnum>>("kind"), c => c.Source.Kind);
        With(type.Field<NonNullGraphType<StringGraphType>>("name"), c => c.Source.Name);
        With(type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the sources use: acronyms, short forms, spellings."), c => c.Source.Aliases);
        With(type.Field<StringGraphType>("description").Description("The curator's note on this entity (not itself a sourced claim)."), c => c.Source.Description);
        With(type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("Where the sources name this entity and state its properties.").ListSize(EvidenceType.TypicalCount), c => c.Source.Evidence);
        With(type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("Every relation that touches this entity, with its evidence.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Relation types to keep, e.g. [\"PROPOSED\"]; all when omitted.")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 50; a.Description = Args.FirstDescription("How many relations", 50, RelationQuery.DefaultLimit); })
            .DefaultFirst(50, RelationQuery.DefaultLimit), ResolveRelations);
        With(type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("Source documents that state anything about this entity."),
            c => c.Loaders().Neighbours(c.Source.Id, Query.In(Vocabulary.Mentions), EntityKind.Document));
    }
#pragma warning restore GQL012

    private static object ResolveRelations(IResolveFieldContext<Entity> context)
    {
        var first = Args.First(context, 50, RelationQuery.DefaultLimit);
        var types = context.GetArgument<List<string>?>("types");
        foreach (var unknown in (types ?? []).Where(t => !Vocabulary.RelationTypes.ContainsKey(t)))
            throw new ApiError(ApiError.InvalidArgument,
                $"Unknown relation type '{unknown}'. Known types: {string.Join(", ", Vocabulary.RelationTypes.Keys.Order())}.");
        var query = new RelationQuery { Types = types, Direction = context.GetArgument("direction", Direction.Both) };
        return context.Loaders().Relations(context.Source.Id, query).Then(r => r.Take(first).ToList());
    }
}
