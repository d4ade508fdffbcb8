namespace ApecGraph.Core.Search;

/// <summary>
/// The characters the names use, numbered 1..<see cref="Size"/> in ordinal order (0 is "no character"), so that a
/// short prefix packs into a number that sorts as the text sorts, and n-grams index a flat array.
/// </summary>
internal sealed class CharCodes
{
    private readonly ushort[] ascii = new ushort[128];
    private readonly Dictionary<char, ushort> others = [];

    public CharCodes(ReadOnlySpan<char> text)
    {
        foreach (var c in Distinct(text))
        {
            if (c == ' ' || c == NameTable.End) continue;
            if (c < 128) ascii[c] = (ushort)++Size;
            else others[c] = (ushort)++Size;
        }
        Bits = 1;
        while ((1 << Bits) <= Size) Bits++;
        PerKey = 64 / Bits;
    }

    /// <summary>How many distinct characters; codes run 1..Size.</summary>
    public int Size { get; }
    public int Bits { get; }
    /// <summary>How many characters one 64-bit sort key holds.</summary>
    public int PerKey { get; }

    // The characters of the text in ordinal order: a set for a short text, a flag per character for a long one.
    private static IEnumerable<char> Distinct(ReadOnlySpan<char> text)
    {
        if (text.Length < char.MaxValue)
        {
            var set = new HashSet<char>();
            foreach (var c in text) set.Add(c);
            return set.Order();
        }
        var seen = new bool[char.MaxValue + 1];
        foreach (var c in text) seen[c] = true;
        return Enumerable.Range(0, char.MaxValue + 1).Where(c => seen[c]).Select(c => (char)c);
    }

    /// <summary>The code of a character, 0 for one the names never use (so it matches nothing).</summary>
    public int Of(char c) => c < 128 ? ascii[c] : others.GetValueOrDefault(c);

    /// <summary>The first <see cref="PerKey"/> characters of <paramref name="text"/>, spaces skipped, as a sort key.</summary>
    public ulong SortKey(ReadOnlySpan<char> text, bool stopAtSpace)
    {
        ulong key = 0;
        var n = 0;
        foreach (var c in text)
        {
            if (c == ' ' && stopAtSpace || c == NameTable.End || n == PerKey) break;
            if (c == ' ') continue;
            key = key << Bits | (uint)Of(c);
            n++;
        }
        return key << (Bits * (PerKey - n));
    }
}
