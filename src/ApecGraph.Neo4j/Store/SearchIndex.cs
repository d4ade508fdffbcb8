using System.Text;
using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// The full-text index name search reads its candidates from. Core's ranking (<see cref="NameIndex"/>) scores a name
/// above zero only when (a) its compact form contains the query's compact form (exact, prefix and contains tiers), or
/// (b) every query word starts one of its words (the word-prefix tier). The import writes two properties per entity
/// (<see cref="Properties"/>), indexed with the whitespace analyzer (the terms are already Core's normalised forms):
/// <c>searchWords</c>, the words of all its names, for (b) as <c>word*</c> terms; and <c>searchGrams</c>, every substring
/// of up to three characters starting at each position of each compact name, for (a): a query of three or more
/// characters is contained only where all its trigrams are, and a shorter one only where it starts some term. So the
/// candidates are a superset of what can score, whatever subset of the terms a long query sends.
/// </summary>
internal static class SearchIndex
{
    public const string Name = "apecgraph_entity_search";
    public const string Words = "searchWords", Grams = "searchGrams";

    /// <summary>Terms sent per part of a query at most: any subset of the required terms still finds every candidate.</summary>
    public const int MaxTerms = 16;

    /// <summary>The index, created by the import with its schema. Idempotent.</summary>
    public static IReadOnlyList<CypherStatement> Schema { get; } =
    [
        new($"CREATE FULLTEXT INDEX {Name} IF NOT EXISTS FOR (e:{Stored.EntityLabel}) ON EACH [e.{Words}, e.{Grams}] " +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}"),
    ];

    /// <summary>The node properties the index reads, for an entity's import row (null when it has no name to match).</summary>
    public static IReadOnlyDictionary<string, object?> Properties(Entity entity)
    {
        var compacts = new[] { entity.Name }.Concat(entity.Aliases).Select(TextNormalizer.Normalize)
            .Where(n => TextNormalizer.Compact(n).Length > 0).ToList();
        var words = compacts.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal);
        var grams = compacts.Select(TextNormalizer.Compact).SelectMany(GramsOf).Distinct(StringComparer.Ordinal);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Words] = compacts.Count > 0 ? string.Join(' ', words) : null,
            [Grams] = compacts.Count > 0 ? string.Join(' ', grams) : null,
        };
    }

    // At each position, the substring of up to three characters starting there (so the last two are shorter).
    private static IEnumerable<string> GramsOf(string compact)
    {
        for (var i = 0; i < compact.Length; i++) yield return compact.Substring(i, Math.Min(3, compact.Length - i));
    }

    /// <summary>The Lucene query for a normalised, non-blank search text: <c>searchWords:(w1* AND ...) OR searchGrams:(...)</c>,
    /// every term escaped.</summary>
    public static string Query(string normalized)
    {
        var compact = TextNormalizer.Compact(normalized);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(MaxTerms)
            .Select(w => Escape(w) + "*");
        var grams = compact.Length < 3
            ? [Escape(compact) + "*"]
            : Spread(GramsOf(compact).Where(g => g.Length == 3).Distinct(StringComparer.Ordinal).ToList()).Select(Escape);
        return $"{Words}:({string.Join(" AND ", words)}) OR {Grams}:({string.Join(" AND ", grams)})";
    }

    // At most MaxTerms of the grams, spread over the query so that its whole length is checked.
    private static IEnumerable<string> Spread(List<string> grams) =>
        grams.Count <= MaxTerms ? grams : Enumerable.Range(0, MaxTerms).Select(i => grams[i * (grams.Count - 1) / (MaxTerms - 1)]);

    /// <summary>Escapes every character Lucene's query syntax gives a meaning to, and whitespace.</summary>
    public static string Escape(string term)
    {
        var escaped = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (c is '+' or '-' or '&' or '|' or '!' or '(' or ')' or '{' or '}' or '[' or ']' or '^' or '"' or '~' or '*' or '?' or ':' or '\\' or '/'
                || char.IsWhiteSpace(c))
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Search candidates from the index, at most <see cref="Statements.MaxRows"/>, of the given kinds, of the current generation.</summary>
    public static CypherStatement Candidates(string normalized, IReadOnlyCollection<EntityKind>? kinds) => new($$"""
        {{Stored.CurrentGeneration}}
        CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node
        WITH node AS e, gen
        WHERE e.gen = gen AND ($kinds IS NULL OR e.kind IN $kinds)
        RETURN e {{Stored.EntityProjection}} AS entity
        LIMIT $limit
        """, new Dictionary<string, object?>
    {
        ["index"] = Name,
        ["query"] = Query(normalized),
        ["limit"] = Statements.MaxRows,
        // while an import writes the next generation beside the current one, the index holds both
        ["fetch"] = 2 * Statements.MaxRows,
        ["kinds"] = kinds is { Count: > 0 } ? kinds.Select(Stored.KindLabel).ToArray() : null,
    });
}
