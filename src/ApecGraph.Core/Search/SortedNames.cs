namespace ApecGraph.Core.Search;

/// <summary>
/// Two sorted views of a <see cref="NameTable"/> for binary search: every entry by compact form (equal forms in rank
/// order), and every word start by the word that starts there. A query's exact, prefix and word-prefix matches are
/// then contiguous ranges, whose sizes are known before any candidate is read.
/// </summary>
internal sealed class SortedNames
{
    private readonly NameTable table;
    private readonly int[] byCompact;
    private readonly int[] wordStarts;

    public SortedNames(NameTable table, CharCodes codes)
    {
        this.table = table;
        var compactSort = BuildWork.Start(table.Count, () => Sort(Enumerable.Range(0, table.Count).ToArray(), codes,
            e => codes.SortKey(table.Normalized(e), stopAtSpace: false), (a, b) => Compare(a, b) is var c && c != 0 ? c : a.CompareTo(b)));
        var starts = new List<int>();
        for (var e = 0; e < table.Count; e++)
        {
            starts.Add(table.Start[e]);
            for (var p = table.Start[e]; p < table.Start[e + 1]; p++)
            {
                if (table.Text[p] == ' ') starts.Add(p + 1);
            }
        }
        wordStarts = Sort([.. starts], codes, p => codes.SortKey(table.Text.AsSpan(p), stopAtSpace: true),
            (a, b) => Word(a).SequenceCompareTo(Word(b)) is var c && c != 0 ? c : a.CompareTo(b));
        byCompact = compactSort.Result;
    }

    /// <summary>Entries whose compact form equals <paramref name="compact"/>, then those it is a prefix of.</summary>
    public (ArraySegment<int> Exact, ArraySegment<int> Longer) CompactRange(string compact)
    {
        var lo = Bound(byCompact, e => CompareTo(e, compact, asPrefix: false) >= 0);
        var exactEnd = Bound(byCompact, e => CompareTo(e, compact, asPrefix: false) > 0);
        var end = Bound(byCompact, e => CompareTo(e, compact, asPrefix: true) > 0);
        return (new(byCompact, lo, exactEnd - lo), new(byCompact, exactEnd, end - exactEnd));
    }

    /// <summary>Positions in <see cref="NameTable.Text"/> of the words that start with <paramref name="word"/>.</summary>
    public ArraySegment<int> WordRange(string word)
    {
        var lo = Bound(wordStarts, p => Word(p).SequenceCompareTo(word) >= 0);
        var end = Bound(wordStarts, p => Word(p) is var w && !w.StartsWith(word) && w.SequenceCompareTo(word) > 0);
        return new(wordStarts, lo, end - lo);
    }

    private ReadOnlySpan<char> Word(int position)
    {
        var rest = table.Text.AsSpan(position);
        return rest[..rest.IndexOfAny(' ', NameTable.End)];
    }

    // Compact forms compared in place, spaces skipped.
    private int Compare(int a, int b)
    {
        Span<char> x = stackalloc char[Math.Min(table.CompactLength[a], 512)], y = stackalloc char[Math.Min(table.CompactLength[b], 512)];
        return Compact(a, x).SequenceCompareTo(Compact(b, y));
    }

    private int CompareTo(int entry, string compact, bool asPrefix)
    {
        Span<char> buffer = stackalloc char[Math.Min(table.CompactLength[entry], 512)];
        var own = Compact(entry, buffer);
        return asPrefix && own.StartsWith(compact) ? 0 : own.SequenceCompareTo(compact);
    }

    private ReadOnlySpan<char> Compact(int entry, Span<char> buffer) =>
        table.CompactLength[entry] <= buffer.Length ? table.Compact(entry, buffer) : table.Compact(entry, new char[table.CompactLength[entry]]);

    // The first index whose item passes a test that is false, then true, along the array.
    private static int Bound(int[] items, Func<int, bool> passes)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (passes(items[mid])) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    // Sorted by a packed prefix first (a primitive sort), then each run of equal prefixes by the full comparison; a
    // key with room to spare holds the whole text, so its run is equal texts, put in ascending order of item.
    private static int[] Sort(int[] items, CharCodes codes, Func<int, ulong> key, Comparison<int> compare)
    {
        var lastCode = (1UL << codes.Bits) - 1;
        var keys = new ulong[items.Length];
        BuildWork.For(items.Length, i => keys[i] = key(items[i]));
        Array.Sort(keys, items);
        for (int run = 0, end; run < items.Length; run = end)
        {
            for (end = run + 1; end < items.Length && keys[end] == keys[run]; end++) { }
            if (end - run == 1) continue;
            if ((keys[run] & lastCode) == 0) Array.Sort(items, run, end - run);
            else Array.Sort(items, run, end - run, Comparer<int>.Create(compare));
        }
        return items;
    }
}
