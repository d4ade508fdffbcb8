using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.GraphQL.Relations;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>
/// Reads what a root list's selection will ask of its items before it runs (<see cref="PrefetchPlan"/>): the relation
/// query of each navigation field (and of each <c>relations</c> field whose arguments it can read), down to
/// <see cref="PrefetchPlan.MaxDepth"/> levels, fragments included. Fields it cannot read (arguments it does not
/// understand, deeper levels) are left out: they load level by level as they resolve, as without a plan, so a plan
/// only ever saves round trips and never changes an answer.
/// </summary>
public static class PrefetchPlanner
{
    /// <summary>The plan for the nodes of the connection <paramref name="context"/> resolves (<c>edges.node</c> and <c>items</c>).</summary>
    public static PrefetchPlan ForConnection(IResolveFieldContext context)
    {
        if (Child(Unwrap(context.FieldDefinition.ResolvedType!), "edges") is not { } edge || Child(edge, "node") is not { } nodeType)
            return PrefetchPlan.Empty;
        var planner = new Reader(context);
        var nodes = new List<GraphQLField>();
        foreach (var edgesOrItems in planner.Fields(context.FieldAst.SelectionSet))
        {
            if (edgesOrItems.Name.StringValue == "items") nodes.Add(edgesOrItems);
            else if (edgesOrItems.Name.StringValue == "edges")
                nodes.AddRange(planner.Fields(edgesOrItems.SelectionSet).Where(f => f.Name.StringValue == "node"));
        }
        return planner.Plan(nodes.Select(n => (n.SelectionSet, nodeType)), depth: 0);
    }

    /// <summary>The plan for the entities a lookup (<c>entity(id:)</c>, <c>entities(ids:)</c>) resolves to.</summary>
    public static PrefetchPlan ForLookup(IResolveFieldContext context) =>
        new Reader(context).Plan([(context.FieldAst.SelectionSet, Unwrap(context.FieldDefinition.ResolvedType!))], depth: 0);

    private static IGraphType? Child(IGraphType type, string name) =>
        type is IComplexGraphType complex && complex.GetField(name)?.ResolvedType is { } child ? Unwrap(child) : null;

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private sealed class Reader(IResolveFieldContext context)
    {
        // Fields of a selection set whatever their type condition (no type here is asked for the type it is not).
        public IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? set) => Selected(set, null).Select(s => s.Field);

        // Fields with the type their fragment names (null: the parent's own type).
        private IEnumerable<(GraphQLField Field, string? On)> Selected(GraphQLSelectionSet? set, string? on)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField field:
                        yield return (field, on);
                        break;
                    case GraphQLInlineFragment inline:
                        foreach (var inner in Selected(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? on)) yield return inner;
                        break;
                    case GraphQLFragmentSpread spread when Fragment(spread.FragmentName.Name.StringValue) is { } fragment:
                        foreach (var inner in Selected(fragment.SelectionSet, fragment.TypeCondition.Type.Name.StringValue)) yield return inner;
                        break;
                }
            }
        }

        private GraphQLFragmentDefinition? Fragment(string name) =>
            context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);

        public PrefetchPlan Plan(IEnumerable<(GraphQLSelectionSet? Set, IGraphType Type)> sets, int depth)
        {
            var byKey = new Dictionary<string, RelationPrefetch>(StringComparer.Ordinal);
            foreach (var (set, type) in sets)
            foreach (var (field, on) in Selected(set, null))
            {
                if (Prefetch(field, on is null ? type : context.Schema.AllTypes[on] ?? type, depth) is { } prefetch) Add(byKey, prefetch);
            }
            return byKey.Count == 0 ? PrefetchPlan.Empty : new PrefetchPlan([.. byKey.Values]);
        }

        // Fields of one relation query are one prefetch: the other ends if either needs them, with what both ask of them.
        private static void Add(Dictionary<string, RelationPrefetch> byKey, RelationPrefetch prefetch)
        {
            var key = GraphLoaders.KeyOf(prefetch.Query);
            byKey[key] = byKey.TryGetValue(key, out var known) ? known with { Ends = Merge(known.Ends, prefetch.Ends) } : prefetch;
        }

        private static PrefetchPlan? Merge(PrefetchPlan? a, PrefetchPlan? b)
        {
            if (a is null || b is null) return a ?? b;
            var byKey = a.Relations.ToDictionary(r => GraphLoaders.KeyOf(r.Query), StringComparer.Ordinal);
            foreach (var r in b.Relations) Add(byKey, r);
            return new PrefetchPlan([.. byKey.Values]);
        }

        private RelationPrefetch? Prefetch(GraphQLField field, IGraphType parent, int depth)
        {
            if (depth >= PrefetchPlan.MaxDepth || parent is not IComplexGraphType complex
                || complex.GetField(field.Name.StringValue) is not { } definition) return null;
            if (NavigationDeclaration.Of(definition) is { } declaration)
                return new RelationPrefetch(declaration.Query, Plan([(field.SelectionSet, Unwrap(definition.ResolvedType!))], depth + 1));
            if (definition.Name == "relations" && Unwrap(definition.ResolvedType!) is RelationGraphType && RelationsQuery(field) is { } query)
                return new RelationPrefetch(query, null);
            return null;
        }

        // The query a `relations` field loads (EntityFields.RelationsQuery), or null where an argument is not a literal or
        // variable it reads, or a first out of range (the field answers that with an error).
        private RelationQuery? RelationsQuery(GraphQLField field)
        {
            List<string>? types = null;
            var direction = Direction.Both;
            var (everyModality, first) = (true, EntityFields.DefaultFirst);
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                var value = Value(argument.Value);
                switch (argument.Name.StringValue)
                {
                    case "first" when value is int given and >= Args.MinFirst and <= RelationQuery.DefaultLimit:
                        first = given;
                        break;
                    case NavigationDeclaration.ModalityArgument:
                        everyModality = value is null;
                        break;
                    case "types" when value is null:
                        break;
                    case "types" when value is IEnumerable<object?> list && list.All(t => t is string s && Vocabulary.RelationTypes.ContainsKey(s)):
                        types = [.. list.Cast<string>()];
                        break;
                    case "direction" when value is Direction given:
                        direction = given;
                        break;
                    case "direction" when value is string name && Enum.TryParse(name, ignoreCase: true, out Direction parsed):
                        direction = parsed;
                        break;
                    case "types" or "direction" or "first":
                        return null;
                }
            }
            return EntityFields.RelationsQuery(types, direction, everyModality, first).Query;
        }

        private object? Value(GraphQLValue value) => value switch
        {
            GraphQLNullValue => null,
            GraphQLStringValue s => new string(s.Value.Span),
            GraphQLIntValue i => int.TryParse(i.Value.Span, out var parsed) ? parsed : i,
            GraphQLEnumValue e => e.Name.StringValue,
            GraphQLListValue list => (list.Values ?? []).Select(Value).ToList(),
            GraphQLVariable variable => context.Variables.ValueFor(variable.Name.StringValue, out var given) ? given.Value : null,
            _ => value,
        };

    }
}
