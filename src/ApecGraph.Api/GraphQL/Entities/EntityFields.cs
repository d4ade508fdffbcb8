using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Documents;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.GraphQL.Relations;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.GraphQL.Entities;

/// <summary>The fields every entity has, shared by the Entity interface and each kind's type.</summary>
public static class EntityFields
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(GraphLoaders.UserContextKey, out var loaders) && loaders is GraphLoaders found
            ? found
            : context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>The store as this request sees it (its calls counted).</summary>
    public static RequestGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestGraphStore>();

    /// <summary>The fields every kind's object type has, with their resolvers. The Entity interface declares the same
    /// fields, taken from here without their resolvers (<see cref="EntityInterface"/>).</summary>
    public static void AddEntityFields(this ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable, readable id, e.g. 'economy:malaysia', 'meeting:vesom-2020-05-27'.").ResolveValue(s => s.Id);
        type.Field<NonNullGraphType<EntityKindEnum>>("kind").ResolveValue(s => s.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("name").ResolveValue(s => s.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the sources use: acronyms, short forms, spellings.").Resolve(c => c.Source.Aliases);
        type.Field<StringGraphType>("description").Description("The curator's note on this entity (not itself a sourced claim).").ResolveValue(s => s.Description);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("Where the sources name this entity and state its properties.").ListSize(EvidenceType.TypicalCount).Resolve(c => c.Source.Evidence);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("Every relation that touches this entity, with its evidence.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Relation types to keep, e.g. [\"PROPOSED\"]; all when omitted.")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<ModalityEnum>>>(NavigationDeclaration.ModalityArgument,
                "Modalities to keep, e.g. [PLANNED, EXPECTED]; every relation, whatever its modality, when omitted.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = DefaultFirst; a.Description = Args.FirstDescription("How many relations", DefaultFirst, RelationQuery.DefaultLimit); })
            .DefaultFirst(DefaultFirst, RelationQuery.DefaultLimit).Resolve(ResolveRelations);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Navigates("Source documents that state anything about this entity (MENTIONS, derived from the evidence).", Query.In(Vocabulary.Mentions), EntityKind.Document)
            .Resolve(NavigationFields.ResolveMany);
    }

    private static object ResolveRelations(IResolveFieldContext<Entity> context)
    {
        var first = Args.First(context, DefaultFirst, RelationQuery.DefaultLimit);
        var types = context.GetArgument<List<string>?>("types");
        foreach (var unknown in (types ?? []).Where(t => !Vocabulary.RelationTypes.ContainsKey(t)))
            throw new ApiError(ApiError.InvalidArgument,
                $"Unknown relation type '{unknown}'. Known types: {string.Join(", ", Vocabulary.RelationTypes.Keys.Order())}.");
        var modalities = context.GetArgument<List<Modality>?>(NavigationDeclaration.ModalityArgument);
        var direction = context.GetArgument("direction", Direction.Both);
        var (query, key) = RelationsQuery(types, direction, modalities is null, first);
        return context.Loaders().Relations(context.Source.Id, query, key)
            .Then(relations => Keep(relations, modalities, first));
    }

    /// <summary>
    /// The store query of a <c>relations</c> field (and of its prefetch, <see cref="Loading.PrefetchPlanner"/>) with its
    /// loader key: the first <paramref name="first"/> relations when the field keeps every modality, so that a hub's
    /// <c>relations(first: 10)</c> has the store make (or Neo4j send) 10 relations, not the per-entity bound; with a
    /// modality filter, up to that bound, filtered after.
    /// </summary>
    public static (RelationQuery Query, string Key) RelationsQuery(List<string>? types, Direction direction, bool everyModality, int first)
    {
        var limit = everyModality ? first : RelationQuery.DefaultLimit;
        if (types is null && limit == DefaultFirst) return EveryType[(int)direction];
        var query = new RelationQuery { Types = types, Direction = direction, Limit = limit };
        return (query, GraphLoaders.KeyOf(query));
    }

    /// <summary>How many relations a <c>relations</c> field answers when no first is given.</summary>
    public const int DefaultFirst = 50;

    // Without a types argument and with the default first (the usual case), one query and loader key per direction,
    // made once rather than per parent.
    private static readonly (RelationQuery Query, string Key)[] EveryType =
        [.. Enum.GetValues<Direction>().Order().Select(d => new RelationQuery { Direction = d, Limit = DefaultFirst }).Select(q => (q, GraphLoaders.KeyOf(q)))];

    // The first `first` relations of these modalities (of every modality when null), in order.
    private static List<Relation> Keep(IReadOnlyList<Relation> relations, List<Modality>? modalities, int first)
    {
        var kept = new List<Relation>(Math.Min(first, relations.Count));
        foreach (var relation in relations)
        {
            if (kept.Count == first) break;
            if (modalities is null || modalities.Contains(relation.Modality)) kept.Add(relation);
        }
        return kept;
    }
}
