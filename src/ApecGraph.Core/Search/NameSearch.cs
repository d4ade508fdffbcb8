namespace ApecGraph.Core.Search;

/// <summary>
/// One query over a <see cref="NameIndex"/>: the tiers in order, each read best first (ascending entry numbers are
/// rank order), so the search stops once it has enough hits. Every candidate read spends one unit of a budget; when
/// the budget runs out the search stops where it is, so the hits found so far are the first hits of the full answer.
/// </summary>
internal sealed class NameSearch(NameIndex.Parts index, NameMatch.Probe probe, bool[]? allowed, int first, int budget)
{
    // A binary-searched range this small is sorted into rank order; a larger one is read from a posting list instead.
    private const int SmallRange = 4096;
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
            if (!Spend()) return;
            if (table.Alias[e] < 0 && Open(e)) Take(e, NameMatch.ExactName);
            if (Done) return;
        }
        for (var i = 0; i < range.Count; i++)
        {
            var e = range[i];
            if (!Spend()) return;
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

    // The query word with the fewest word starts.
    private IEnumerable<int> WordCandidates()
    {
        var (word, range) = probe.Words.Select(w => (w, index.Sorted.WordRange(w))).MinBy(r => r.Item2.Count);
        if (range.Count == 0) return [];
        if (range.Count > SmallRange) return Read(PostingLists.Family.WordStart, word);
        var entries = range.Select(p => Array.BinarySearch(table.Start, p) is var i && i >= 0 ? i : ~i - 1).ToArray();
        return Sorted(entries);
    }

    // The rarest n-gram's list (n = 3, or the query's length if shorter), read only where the next rarest has it too.
    private IEnumerable<int> Contains()
    {
        var n = Math.Min(3, probe.Compact.Length);
        var lists = Enumerable.Range(0, probe.Compact.Length - n + 1)
            .Select(i => index.Postings.Slot(PostingLists.Family.Anywhere, probe.Compact.AsSpan(i, n)))
            .Distinct().OrderBy(index.Postings.Count).Take(2).ToArray();
        var other = lists.Length > 1 ? index.Postings.Read(lists[1]) : default;
        var more = lists.Length > 1 && other.MoveNext();
        foreach (var e in Spending(index.Postings.Read(lists[0])))
        {
            while (lists.Length > 1 && more && other.Current < e && Spend()) more = other.MoveNext();
            if (lists.Length == 1 || more && other.Current == e) yield return e;
            if (stopped || lists.Length > 1 && !more) yield break;
        }
    }

    private IEnumerable<int> Ranked(ArraySegment<int> range, PostingLists.Family family, string key) =>
        range.Count > SmallRange ? Read(family, key) : Sorted([.. range]);

    private IEnumerable<int> Read(PostingLists.Family family, string key) =>
        Spending(index.Postings.Read(index.Postings.Slot(family, key.AsSpan(0, Math.Min(3, key.Length)))));

    private IEnumerable<int> Sorted(int[] entries)
    {
        Array.Sort(entries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0 && entries[i] == entries[i - 1]) continue;
            if (!Spend()) yield break;
            yield return entries[i];
        }
    }

    private IEnumerable<int> Spending(PostingLists.Cursor cursor)
    {
        while (cursor.MoveNext() && Spend()) yield return cursor.Current;
    }

    private bool Spend()
    {
        if (budget-- > 0) return true;
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
        if (buffer.Length < table.CompactLength[entry]) buffer = new char[table.CompactLength[entry] * 2];
        return NameMatch.Match(probe, table.Normalized(entry), table.Compact(entry, buffer), table.Alias[entry] >= 0);
    }
}
