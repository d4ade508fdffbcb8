using GraphQLParser.AST;

namespace ApecGraph.Api.Limits;

/// <summary>
/// Measures a parsed document with every fragment spread expanded where it is spread, so that fragments spreading each
/// other (2^n fields in a few hundred bytes) are refused before validation, whose rules compare fields pairwise. Each
/// fragment is measured once (memoised); a cycle measures nothing here and is left to validation to report.
/// </summary>
public static class FieldCount
{
    // Introspection fields that list types' members; nested in each other they multiply the schema (graphql-js bounds
    // the same nesting with its MaxIntrospectionDepthRule). No field of this API's own schema has these names.
    private static readonly HashSet<string> TypeLists = new(StringComparer.Ordinal) { "fields", "interfaces", "possibleTypes", "inputFields" };

    /// <summary>The deepest nesting of introspection's type lists (<c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>,
    /// <c>inputFields</c>) in any operation; the standard introspection query nests them 2 deep.</summary>
    public static int IntrospectionDepth(GraphQLDocument document)
    {
        var fragments = Fragments(document);
        var measured = new Dictionary<string, int>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        return document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => Depth(o.SelectionSet)).DefaultIfEmpty(0).Max();

        int Depth(GraphQLSelectionSet? set) => (set?.Selections ?? []).Select(selection => selection switch
        {
            GraphQLField field => (TypeLists.Contains(field.Name.StringValue) ? 1 : 0) + Depth(field.SelectionSet),
            GraphQLInlineFragment inline => Depth(inline.SelectionSet),
            GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
            _ => 0,
        }).DefaultIfEmpty(0).Max();

        int Spread(string name)
        {
            if (measured.TryGetValue(name, out var known)) return known;
            if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return 0;
            var depth = Depth(fragment.SelectionSet);
            visiting.Remove(name);
            return measured[name] = depth;
        }
    }

    /// <summary>The longest chain of fragment spreads in any operation, at most <paramref name="stopAbove"/> + 1: the walk
    /// never goes deeper than that, however long the chain (or a cycle, which validation reports).</summary>
    public static int FragmentDepth(GraphQLDocument document, int stopAbove)
    {
        var fragments = Fragments(document);
        var measured = new Dictionary<string, int>(StringComparer.Ordinal);
        var most = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            most = Math.Max(most, Depth(operation.SelectionSet, 0));
        return most;

        int Depth(GraphQLSelectionSet? set, int level)
        {
            var deepest = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                deepest = Math.Max(deepest, selection switch
                {
                    GraphQLField field => Depth(field.SelectionSet, level),
                    GraphQLInlineFragment inline => Depth(inline.SelectionSet, level),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, level + 1),
                    _ => 0,
                });
                if (deepest > stopAbove) break;
            }
            return deepest;
        }

        int Spread(string name, int level)
        {
            if (level > stopAbove) return level;
            if (measured.TryGetValue(name, out var below)) return level + below;
            if (!fragments.TryGetValue(name, out var fragment)) return level;
            measured[name] = 0; // a cycle counts no deeper; validation reports it
            var deepest = Math.Max(level, Depth(fragment.SelectionSet, level));
            if (deepest <= stopAbove) measured[name] = deepest - level;
            else measured.Remove(name);
            return deepest;
        }
    }

    private static Dictionary<string, GraphQLFragmentDefinition> Fragments(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        return fragments;
    }

    /// <summary>The largest expanded field count of any operation, at most <paramref name="stopAbove"/> + 1.</summary>
    public static long Expanded(GraphQLDocument document, long stopAbove)
    {
        var fragments = Fragments(document);
        var counted = new Dictionary<string, long>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        long most = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            most = Math.Max(most, Count(operation.SelectionSet));
        return most;

        long Count(GraphQLSelectionSet? set)
        {
            long total = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (total > stopAbove) return stopAbove + 1;
            }
            return total;
        }

        long Spread(string name)
        {
            if (counted.TryGetValue(name, out var known)) return known;
            if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return 0;
            var count = Count(fragment.SelectionSet);
            visiting.Remove(name);
            return counted[name] = count;
        }
    }
}
