using ApecGraph.Core.Model;
using ApecGraph.Core.Search;

namespace ApecGraph.Core.Tests.Search;

/// <summary>One name or alias of an entity, normalised for matching.</summary>
internal sealed record ReferenceEntry(Entity Entity, string Name, bool IsAlias, string Normalized, string Compact, string[] Words)
{
    public static ReferenceEntry Create(Entity entity, string name, bool isAlias)
    {
        var normalized = TextNormalizer.Normalize(name);
        return new(entity, name, isAlias, normalized, TextNormalizer.Compact(normalized), normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>Scores one name against a query. Tiers do not overlap, so a better tier always ranks first.</summary>
internal static class ReferenceMatch
{
    public const double ExactName = 1.0;
    public const double ExactAlias = 0.95;
    private const double PrefixBase = 0.7, WordsBase = 0.45, ContainsBase = 0.2, TierWidth = 0.2;

    public sealed record Probe(string Normalized)
    {
        public string Compact { get; } = TextNormalizer.Compact(Normalized);
        public string[] Words { get; } = Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A score in (0, 1], or 0 when the name does not match.</summary>
    public static double Score(Probe query, ReferenceEntry name)
    {
        if (name.Normalized == query.Normalized || name.Compact == query.Compact)
        {
            return name.IsAlias ? ExactAlias : ExactName;
        }
        // Within a tier, the larger the share of the name the query covers, the higher the score (shorter names first).
        var coverage = (double)query.Compact.Length / Math.Max(name.Compact.Length, query.Compact.Length);
        if (name.Normalized.StartsWith(query.Normalized, StringComparison.Ordinal)
            || name.Compact.StartsWith(query.Compact, StringComparison.Ordinal))
        {
            return PrefixBase + TierWidth * coverage;
        }
        if (query.Words.All(word => name.Words.Any(w => w.StartsWith(word, StringComparison.Ordinal))))
        {
            return WordsBase + TierWidth * coverage;
        }
        if (name.Compact.Contains(query.Compact, StringComparison.Ordinal))
        {
            return ContainsBase + TierWidth * coverage;
        }
        return 0;
    }
}
