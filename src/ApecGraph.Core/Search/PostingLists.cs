namespace ApecGraph.Core.Search;

/// <summary>
/// For each short key (one to three characters, in one of three families), the ascending entry numbers that have it:
/// the start of the compact form, the start of a word, or anywhere in the compact form. Numbers are stored as
/// variable-length gaps (one byte for most), so a million names cost tens of megabytes; ascending entry numbers are
/// rank order (<see cref="NameTable"/>), so reading a list from its start reads candidates best first.
/// </summary>
internal sealed class PostingLists
{
    public enum Family { CompactStart, WordStart, Anywhere }

    // Characters past the 63rd (in ordinal order: beyond ASCII, for most graphs), or the 7th in a small table, share
    // one code here, which keeps the slot table small; a shared list holds more candidates than the key has, and every
    // candidate is verified anyway.
    private const int SmallTable = 20_000;
    private readonly int sharedCode;
    private readonly CharCodes codes;
    private readonly int width;
    private readonly long[] offsets;
    private readonly int[] counts;
    private readonly byte[] data;

    public PostingLists(NameTable table, CharCodes codes)
    {
        this.codes = codes;
        sharedCode = table.Count < SmallTable ? 7 : 63;
        width = Math.Min(codes.Size, sharedCode) + 1;
        var slots = checked(3 * width * width * width);
        counts = new int[slots];
        var sizes = new long[slots];
        var last = new int[slots];
        Array.Fill(last, -1);
        ForEachKey(table, (slot, entry) =>
        {
            if (last[slot] == entry) return;
            sizes[slot] += Size(entry - last[slot]);
            counts[slot]++;
            last[slot] = entry;
        });
        offsets = new long[slots + 1];
        for (var s = 0; s < slots; s++) offsets[s + 1] = offsets[s] + sizes[s];
        data = new byte[offsets[slots]];
        var at = offsets[..^1];
        Array.Fill(last, -1);
        ForEachKey(table, (slot, entry) =>
        {
            if (last[slot] == entry) return;
            for (var gap = (uint)(entry - last[slot]); ; gap >>= 7)
            {
                if (gap < 0x80) { data[at[slot]++] = (byte)gap; break; }
                data[at[slot]++] = (byte)(gap | 0x80);
            }
            last[slot] = entry;
        });
    }

    /// <summary>The slot of a key of one to three characters; -1 when a character never occurs (an empty list).</summary>
    public int Slot(Family family, ReadOnlySpan<char> key)
    {
        var slot = (int)family;
        for (var i = 0; i < 3; i++)
        {
            var c = i < key.Length ? Math.Min(codes.Of(key[i]), sharedCode) : 0;
            if (i < key.Length && c == 0) return -1;
            slot = slot * width + c;
        }
        return slot;
    }

    public int Count(int slot) => slot < 0 ? 0 : counts[slot];

    public Cursor Read(int slot) => slot < 0 ? new(data, 0, 0) : new(data, offsets[slot], offsets[slot + 1]);

    /// <summary>Reads one list forward.</summary>
    public struct Cursor(byte[] data, long position, long end)
    {
        public int Current { get; private set; } = -1;

        public bool MoveNext()
        {
            if (position >= end) return false;
            uint gap = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[position++];
                gap |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) break;
            }
            Current += (int)gap;
            return true;
        }
    }

    private static int Size(int gap) => gap < 1 << 7 ? 1 : gap < 1 << 14 ? 2 : gap < 1 << 21 ? 3 : gap < 1 << 28 ? 4 : 5;

    // Every key of every entry, entries in ascending order: 1-3 leading characters of the compact form and of each
    // word, and every 1-, 2- and 3-gram of the compact form.
    private void ForEachKey(NameTable table, Action<int, int> visit)
    {
        var buffer = new char[16];
        for (var e = 0; e < table.Count; e++)
        {
            if (buffer.Length < table.CompactLength[e]) buffer = new char[table.CompactLength[e] * 2];
            var compact = table.Compact(e, buffer);
            var normalized = table.Normalized(e);
            for (var n = 1; n <= 3 && n <= compact.Length; n++)
            {
                visit(Slot(Family.CompactStart, compact[..n]), e);
                for (var i = 0; i + n <= compact.Length; i++) visit(Slot(Family.Anywhere, compact.Slice(i, n)), e);
            }
            for (var p = 0; p < normalized.Length; p++)
            {
                if (p > 0 && normalized[p - 1] != ' ') continue;
                var word = normalized[p..];
                var space = word.IndexOf(' ');
                word = space < 0 ? word : word[..space];
                for (var n = 1; n <= 3 && n <= word.Length; n++) visit(Slot(Family.WordStart, word[..n]), e);
            }
        }
    }
}
