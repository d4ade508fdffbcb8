namespace ApecGraph.Core.Search;

/// <summary>
/// One query over a <see cref="NameIndex"/>: the tiers in order, each read best first (ascending entry numbers are
/// rank order), so the search stops once it has enough hits. Every posting entry read spends one unit of a budget and
/// every name matched <see cref="MatchCost"/>; when the budget runs out the search stops where it is, so the hits found
/// so far are the first hits of the full answer.
/// </summary>
internal sealed class NameSearch(NameIndex.Parts index, NameMatch.Probe probe, bool[]? allowed, int first, long budget)
{
    // A binary-searched range this small is sorted into rank order; a larger one is read from a posting list instead.
    private const int SmallRange = 4096;
    // A name matched costs as much as this many posting entries read; a few lists filter each candidate list.
    private const long ReadCost = 1, MatchCost = 16;
    private const int MaxFilters = 4, MaxFilterRatio = 4;
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
        if (!Done) Scan(Tier.Prefix, Ranked(longer, PostingLists.Family.CompactStart, probe.Compact));
        if (!Done) Words();
        if (!Done) Scan(Tier.Contains, Contains());
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
        foreach (var e in WordCandidates())
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
            else if (!group.TryGetValue(table.Ordinal[e], out var current) || Shorter(e, current.Entry))
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

    private bool Shorter(int entry, int current) =>
        (table.Alias[entry] >= 0, table.CompactLength[entry]).CompareTo((table.Alias[current] >= 0, table.CompactLength[current])) < 0;

    // The query word with the fewest word starts drives; the other words' lists filter.
    private IEnumerable<int> WordCandidates()
    {
        var words = probe.Words.Distinct().Select(w => (Word: w, Range: index.Sorted.WordRange(w))).OrderBy(r => r.Range.Count).ToArray();
        if (words[0].Range.Count == 0) return [];
        var (word, range) = words[0];
        var slot = Slot(PostingLists.Family.WordStart, word);
        var driver = range.Count > SmallRange
            ? Read(slot)
            : Sorted([.. range.Select(p => Array.BinarySearch(table.Start, p) is var i && i >= 0 ? i : ~i - 1)]);
        return Filtered(driver, Math.Min(range.Count, index.Postings.Count(slot)), words.Skip(1).Select(w => Slot(PostingLists.Family.WordStart, w.Word)));
    }

    // The rarest n-gram's list (n = 3, or the query's length if shorter), filtered by the next rarest.
    private IEnumerable<int> Contains()
    {
        var n = Math.Min(3, probe.Compact.Length);
        var slots = Enumerable.Range(0, probe.Compact.Length - n + 1)
            .Select(i => index.Postings.Slot(PostingLists.Family.Anywhere, probe.Compact.AsSpan(i, n))).Distinct().ToArray();
        var rarest = slots.MinBy(index.Postings.Count);
        return Filtered(Read(rarest), index.Postings.Count(rarest), slots.Where(slot => slot != rarest));
    }

    // A binary-searched range in rank order; a large one read from the list of its first characters instead, filtered
    // by the query's other trigrams.
    private IEnumerable<int> Ranked(ArraySegment<int> range, PostingLists.Family family, string key)
    {
        if (range.Count <= SmallRange) return Sorted([.. range]);
        var trigrams = Enumerable.Range(1, Math.Max(0, key.Length - 3)).Select(i => index.Postings.Slot(PostingLists.Family.Anywhere, key.AsSpan(i, 3)));
        return Filtered(Read(Slot(family, key)), index.Postings.Count(Slot(family, key)), trigrams);
    }

    private int Slot(PostingLists.Family family, string key) => index.Postings.Slot(family, key.AsSpan(0, Math.Min(3, key.Length)));

    // The candidates that every one of the (at most MaxFilters rarest) filter lists holds too, read in step. A list
    // far longer than the candidates costs more reads than the matches it saves, and is left out.
    private IEnumerable<int> Filtered(IEnumerable<int> driver, int candidates, IEnumerable<int> filterSlots)
    {
        var filters = filterSlots.Distinct().Where(slot => index.Postings.Count(slot) <= (long)candidates * MaxFilterRatio)
            .OrderBy(index.Postings.Count).Take(MaxFilters).Select(index.Postings.Read).ToArray();
        foreach (var e in driver)
        {
            var passes = true;
            for (var f = 0; f < filters.Length && passes; f++)
            {
                while (filters[f].Current < e)
                {
                    if (!Spend(ReadCost) || !filters[f].MoveNext()) yield break;
                }
                passes = filters[f].Current == e;
            }
            if (passes) yield return e;
        }
    }

    private IEnumerable<int> Sorted(int[] entries)
    {
        Array.Sort(entries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0 && entries[i] == entries[i - 1]) continue;
            if (!Spend(ReadCost)) yield break;
            yield return entries[i];
        }
    }

    private IEnumerable<int> Read(int slot)
    {
        var cursor = index.Postings.Read(slot);
        while (Spend(ReadCost) && cursor.MoveNext()) yield return cursor.Current;
    }

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
