namespace ApecGraph.Core.Search;

/// <summary>The candidates of each tier, in ascending entry number (rank order), each read spending the budget.</summary>
internal sealed partial class NameSearch
{
    // A binary-searched range this small is sorted into rank order; a larger one is read from a posting list instead.
    private const int SmallRange = 4096;
    // At most this many lists filter a candidate list, none more than this many times longer than it.
    private const int MaxFilters = 4, MaxFilterRatio = 4;

    // Every name of the kinds the query allows, when they are few: a filter to a rare kind then reads only those names
    // instead of the many others that share the query's letters.
    private IEnumerable<int>? OfKinds()
    {
        if (allowed is null) return null;
        var kinds = Enumerable.Range(0, allowed.Length).Where(k => allowed[k]).Select(k => index.EntriesOfKind[k]).ToArray();
        return kinds.Sum(list => (long)list.Length) <= SmallRange ? Sorted([.. kinds.SelectMany(list => list)]) : null;
    }

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
}
