namespace ApecGraph.Core.Search;

/// <summary>
/// Every name and alias, normalised once, numbered in rank order: shorter compact form first, then the entity's id
/// (ordinal), then the name before its aliases, aliases in their order. That is the order in which the ranking breaks
/// ties within a tier, so any list of entry numbers in ascending order is already ranked.
/// The normalised texts sit in one array, each followed by '\0' (which normalisation never produces).
/// </summary>
internal sealed class NameTable
{
    public const char End = '\0';
    public char[] Text { get; }
    public int[] Start { get; }
    public int[] Ordinal { get; }
    /// <summary>-1 for the entity's name, else the index of the alias.</summary>
    public int[] Alias { get; }
    public int[] CompactLength { get; }
    public int Count => Ordinal.Length;

    public NameTable(int count, Func<int, string> id, Func<int, string> name, Func<int, IReadOnlyList<string>> aliases)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++) ids[i] = id(i);
        var ranking = BuildWork.Start(count, () => IdRanks(ids));
        var owners = new List<int>();
        var aliasOf = new List<int>();
        var raw = new List<string>();
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            owners.Add(ordinal); aliasOf.Add(-1); raw.Add(name(ordinal));
            var list = aliases(ordinal);
            for (var a = 0; a < list.Count; a++)
            {
                owners.Add(ordinal); aliasOf.Add(a); raw.Add(list[a]);
            }
        }
        var normalized = new string[raw.Count];
        BuildWork.For(raw.Count, i => normalized[i] = TextNormalizer.Normalize(raw[i]));
        var (keys, items) = RankKeys(normalized, owners, aliasOf, ranking.Result);
        Array.Sort(keys, items);

        Ordinal = new int[items.Length];
        Alias = new int[items.Length];
        CompactLength = new int[items.Length];
        Start = new int[items.Length + 1];
        var length = items.Sum(i => normalized[i].Length + 1);
        Text = new char[length];
        for (int e = 0, at = 0; e < items.Length; e++)
        {
            var text = normalized[items[e]];
            Ordinal[e] = owners[items[e]];
            Alias[e] = aliasOf[items[e]];
            CompactLength[e] = (int)(keys[e] >> 40);
            Start[e] = at;
            text.CopyTo(Text.AsSpan(at));
            at += text.Length;
            Text[at++] = End;
            Start[e + 1] = at;
        }
    }

    /// <summary>The normalised text of an entry.</summary>
    public ReadOnlySpan<char> Normalized(int entry) => Text.AsSpan(Start[entry], Start[entry + 1] - Start[entry] - 1);

    /// <summary>The compact form of an entry, written into <paramref name="buffer"/> (at least its compact length).</summary>
    public ReadOnlySpan<char> Compact(int entry, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in Normalized(entry))
        {
            if (c != ' ') buffer[n++] = c;
        }
        return buffer[..n];
    }

    // Ordinal id order as a number per entity (ids are expected unique; equal ones get distinct, arbitrary ranks).
    private static int[] IdRanks(string[] ids)
    {
        var count = ids.Length;
        var order = Enumerable.Range(0, count).ToArray();
        Array.Sort(ids, order, StringComparer.Ordinal);
        var rank = new int[count];
        for (var i = 0; i < count; i++) rank[order[i]] = i;
        return rank;
    }

    // One 64-bit key per name with an empty compact form dropped: compact length (24 bits), id rank (24), alias + 1 (16).
    private static (ulong[] Keys, int[] Items) RankKeys(string[] normalized, List<int> owners, List<int> aliasOf, int[] rank)
    {
        var keys = new List<ulong>(normalized.Length);
        var items = new List<int>(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var compact = normalized[i].Length - normalized[i].AsSpan().Count(' ');
            if (compact == 0) continue;
            if (compact >= 1 << 24 || rank[owners[i]] >= 1 << 24 || aliasOf[i] + 1 >= 1 << 16)
            {
                throw new ArgumentException("Name search indexes at most 16M entities, 65,535 aliases each and names of 16M characters.");
            }
            keys.Add((ulong)(uint)compact << 40 | (ulong)(uint)rank[owners[i]] << 16 | (uint)(aliasOf[i] + 1));
            items.Add(i);
        }
        return ([.. keys], [.. items]);
    }
}
