using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Tests.Search;

/// <summary>
/// The oracle for <see cref="NameIndex"/>: the scanning implementation it replaced, kept verbatim (renamed) so that the
/// equivalence tests compare the index against the ranking as it was defined, not against itself.
/// </summary>
internal sealed class ReferenceNameIndex
{
    private readonly ReferenceEntry[] entries;
    private readonly Dictionary<string, List<ReferenceEntry>> exact = new(StringComparer.Ordinal);

    public ReferenceNameIndex(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        entries = [.. entities
            .SelectMany(entity => new[] { (Name: entity.Name, IsAlias: false) }
                .Concat(entity.Aliases.Select(alias => (Name: alias, IsAlias: true)))
                .Select(name => ReferenceEntry.Create(entity, name.Name, name.IsAlias)))
            .Where(entry => entry.Compact.Length > 0)];
        foreach (var entry in entries)
        {
            Add(entry.Normalized, entry);
            if (entry.Compact != entry.Normalized)
            {
                Add(entry.Compact, entry);
            }
        }
    }

    /// <summary>
    /// Ranks entities by their best-matching name: exact name (score 1), exact alias or acronym (0.95), then prefix,
    /// then every query word starting a word of the name, then a looser contains match. Within a tier a shorter name
    /// scores higher; equal scores fall back to the shorter name, then the id. Blank text finds nothing.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = TextNormalizer.Normalize(query.Text);
        if (text.Length == 0 || query.First <= 0)
        {
            return [];
        }
        var probe = new ReferenceMatch.Probe(text);
        var kinds = query.Kinds is { Count: > 0 } ? query.Kinds.ToHashSet() : null;
        var best = new Dictionary<string, (ReferenceEntry Entry, double Score)>(StringComparer.Ordinal);
        Collect(Exact(probe), probe, kinds, best);
        if (best.Count < query.First)
        {
            Collect(entries, probe, kinds, best); // no looser match can outrank an exact one, so scan only when short
        }
        return [.. best.Values
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Entry.Compact.Length)
            .ThenBy(hit => hit.Entry.Entity.Id, StringComparer.Ordinal)
            .Take(query.First)
            .Select(hit => new SearchHit(hit.Entry.Entity, hit.Score, hit.Entry.Name))];
    }

    private IEnumerable<ReferenceEntry> Exact(ReferenceMatch.Probe probe) =>
        (exact.GetValueOrDefault(probe.Normalized) ?? []).Concat(exact.GetValueOrDefault(probe.Compact) ?? []);

    private static void Collect(IEnumerable<ReferenceEntry> candidates, ReferenceMatch.Probe probe, HashSet<EntityKind>? kinds,
        Dictionary<string, (ReferenceEntry Entry, double Score)> best)
    {
        foreach (var entry in candidates)
        {
            if (kinds is not null && !kinds.Contains(entry.Entity.Kind))
            {
                continue;
            }
            var score = ReferenceMatch.Score(probe, entry);
            if (score > 0 && (!best.TryGetValue(entry.Entity.Id, out var current) || IsBetter(entry, score, current.Entry, current.Score)))
            {
                best[entry.Entity.Id] = (entry, score);
            }
        }
    }

    private static bool IsBetter(ReferenceEntry entry, double score, ReferenceEntry current, double currentScore) =>
        score > currentScore
        || (score == currentScore && (entry.IsAlias, entry.Compact.Length).CompareTo((current.IsAlias, current.Compact.Length)) < 0);

    private void Add(string key, ReferenceEntry entry)
    {
        if (!exact.TryGetValue(key, out var list))
        {
            exact[key] = list = [];
        }
        list.Add(entry);
    }
}
