namespace ApecGraph.Core.Search;

/// <summary>
/// One query over a <see cref="NameIndex"/>: the tiers in order, each read best first (ascending entry numbers are
/// rank order), so the search stops once it has enough hits. Every posting entry read spends one unit of a budget and
/// every name matched <see cref="MatchCost"/>; when the budget runs out the search stops where it is, so the hits found
/// so far are the first hits of the full answer.
/// </summary>
internal sealed partial class NameSearch(NameIndex.Parts index, NameMatch.Probe probe, bool[]? allowed, int first, long budget)
{
    // A name matched costs as much as this many posting entries read.
    private const long ReadCost = 1, MatchCost = 16;
    private readonly NameTable table = index.Table;
    private readonly List<(int Entry, double Score)> hits = [];
    private readonly HashSet<int> taken = [];
    private char[] buffer = new char[64];
    private bool stopped;

    private bool Done => stopped || hits.Count >= first;

    public List<(int Entry, double Score)> Run()
    {
        var (exact, longer) = index.Sorted.CompactRange(probe.Compact);
        Exact(exact);
        if (!Done) Scan(Tier.Prefix, OfKinds() ?? Ranked(longer, PostingLists.Family.CompactStart, probe.Compact));
        if (!Done) Words();
        if (!Done) Scan(Tier.Contains, OfKinds() ?? Contains());
        return hits;
    }

    // Names before aliases (1 before 0.95), each in id order; an entity with several exact aliases shows the first
    // whose normalised form is the query's, else its first.
    private void Exact(ArraySegment<int> range)
    {
        foreach (var e in range)
        {
            if (!Spend(ReadCost)) return;
            if (table.Alias[e] < 0 && Open(e)) Take(e, NameMatch.ExactName);
            if (Done) return;
        }
        for (var i = 0; i < range.Count; i++)
        {
            var e = range[i];
            if (!Spend(ReadCost)) return;
            if (!Open(e)) continue;
            var best = e;
            for (; i + 1 < range.Count && table.Ordinal[range[i + 1]] == table.Ordinal[e]; i++)
            {
                if (probe.HasSpace && !SameNormalized(best) && SameNormalized(range[i + 1])) best = range[i + 1];
            }
            Take(best, NameMatch.ExactAlias);
            if (Done) return;
        }
    }

    // Entities whose best name matches in this tier, in rank order: an entity's first name read here is its best.
    private void Scan(Tier tier, IEnumerable<int> candidates)
    {
        foreach (var e in candidates)
        {
            if (!Open(e)) continue;
            var (found, score) = Match(e);
            if (found == tier) Take(e, score);
            if (Done) return;
        }
    }

    // Names no longer than the query (the query covers them whole) all score the same, and the best of an entity is
    // then its name before an alias, the shorter first: they are gathered, then ranked, before the longer names.
    private void Words()
    {
        var group = new Dictionary<int, (int Entry, double Score)>();
        foreach (var e in OfKinds() ?? WordCandidates())
        {
            if (group.Count > 0 && table.CompactLength[e] > probe.Compact.Length && !Flush(group)) return;
            if (!Open(e)) continue;
            var (tier, score) = Match(e);
            if (tier != Tier.Words) continue;
            if (table.CompactLength[e] > probe.Compact.Length)
            {
                Take(e, score);
                if (Done) return;
            }
            else if (!group.TryGetValue(table.Ordinal[e], out var current) || Outranks(e, current.Entry))
            {
                group[table.Ordinal[e]] = (e, score);
            }
        }
        if (!stopped) Flush(group);
    }

    private bool Flush(Dictionary<int, (int Entry, double Score)> group)
    {
        foreach (var (e, score) in group.Values.OrderBy(hit => hit.Entry))
        {
            Take(e, score);
            if (Done) return false;
        }
        group.Clear();
        return true;
    }

    private bool Outranks(int entry, int current) =>
        (table.Alias[entry] >= 0, table.CompactLength[entry]).CompareTo((table.Alias[current] >= 0, table.CompactLength[current])) < 0;

    private bool Spend(long cost)
    {
        if ((budget -= cost) >= 0) return true;
        stopped = true;
        return false;
    }

    private bool Open(int entry) =>
        (allowed is null || allowed[index.Kinds[table.Ordinal[entry]]]) && !taken.Contains(table.Ordinal[entry]);

    private void Take(int entry, double score)
    {
        hits.Add((entry, score));
        taken.Add(table.Ordinal[entry]);
    }

    private bool SameNormalized(int entry) => table.Normalized(entry).SequenceEqual(probe.Normalized);

    private (Tier, double) Match(int entry)
    {
        Spend(MatchCost); // the candidate is already read: it is matched, and the next read finds the budget spent
        if (buffer.Length < table.CompactLength[entry]) buffer = new char[table.CompactLength[entry] * 2];
        return NameMatch.Match(probe, table.Normalized(entry), table.Compact(entry, buffer), table.Alias[entry] >= 0);
    }
}
