using GraphQLParser.AST;

namespace ApecGraph.Api.Limits;

/// <summary>
/// Counts the fields a parsed document selects with every fragment spread expanded where it is spread, so that fragments
/// spreading each other (2^n fields in a few hundred bytes) are refused before validation, whose rules compare fields
/// pairwise. Each fragment is counted once (memoised); a cycle counts nothing here and is left to validation to report.
/// </summary>
public static class FieldCount
{
    /// <summary>The largest expanded field count of any operation, at most <paramref name="stopAbove"/> + 1.</summary>
    public static long Expanded(GraphQLDocument document, long stopAbove)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
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
