namespace ApecGraph.Core.Search;

/// <summary>The tiers of a match, best first; a better tier always outranks a worse one whatever the lengths.</summary>
internal enum Tier
{
    Exact,
    Prefix,
    Words,
    Contains,
    None,
}

/// <summary>Scores one name against a query. Tiers do not overlap, so a better tier always ranks first.</summary>
internal static class NameMatch
{
    public const double ExactName = 1.0;
    public const double ExactAlias = 0.95;
    private const double PrefixBase = 0.7, WordsBase = 0.45, ContainsBase = 0.2, TierWidth = 0.2;

    /// <summary>A query, normalised once: its words, and its compact form (no spaces).</summary>
    public sealed record Probe(string Normalized)
    {
        public string Compact { get; } = TextNormalizer.Compact(Normalized);
        public string[] Words { get; } = Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        public bool HasSpace { get; } = Normalized.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>
    /// The tier and score, in (0, 1], of a name given as its normalised and compact forms. The name equals the query
    /// when the compact forms are equal (equal normalised forms have equal compact forms), and starts with it when its
    /// compact form starts with the query's (a normalised prefix is a compact prefix).
    /// </summary>
    public static (Tier Tier, double Score) Match(Probe query, ReadOnlySpan<char> normalized, ReadOnlySpan<char> compact, bool isAlias)
    {
        var q = query.Compact.AsSpan();
        if (compact.SequenceEqual(q))
        {
            return (Tier.Exact, isAlias ? ExactAlias : ExactName);
        }
        // Within a tier, the larger the share of the name the query covers, the higher the score (shorter names first).
        var coverage = (double)q.Length / Math.Max(compact.Length, q.Length);
        if (compact.StartsWith(q))
        {
            return (Tier.Prefix, PrefixBase + TierWidth * coverage);
        }
        if (EveryWordStartsAWord(query.Words, normalized))
        {
            return (Tier.Words, WordsBase + TierWidth * coverage);
        }
        if (compact.IndexOf(q) >= 0)
        {
            return (Tier.Contains, ContainsBase + TierWidth * coverage);
        }
        return (Tier.None, 0);
    }

    private static bool EveryWordStartsAWord(string[] words, ReadOnlySpan<char> normalized)
    {
        foreach (var word in words)
        {
            if (!SomeWordStartsWith(normalized, word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SomeWordStartsWith(ReadOnlySpan<char> normalized, string word)
    {
        for (var rest = normalized; ;)
        {
            var space = rest.IndexOf(' ');
            var name = space < 0 ? rest : rest[..space];
            if (name.StartsWith(word))
            {
                return true;
            }
            if (space < 0)
            {
                return false;
            }
            rest = rest[(space + 1)..];
        }
    }
}
