namespace ApecGraph.Core.Embedded;

/// <summary>
/// The records made most recently from the columns, by ordinal, in a fixed number of slots (direct-mapped: ordinal
/// modulo the slots), so that the records a busy query reads again and again (a page of meetings, its relations, the
/// same documents) are made once: on the 102-entity graph every record stays made, as when the store kept records, and on
/// a large graph the memory stays bounded (a few MB). Records are immutable, so requests share them; a slot is replaced
/// as a whole (one reference), so a reader never sees one ordinal's key with another's record.
/// <para>
/// A record enters its slot only when its ordinal is the last one read there without a record (the slot's candidate):
/// its second read in a row, not its first. A record read once (a lookup of a random id, one of a million) is then
/// garbage when its request ends, collected young, rather than kept until another ordinal takes its slot, by which
/// time the collector has copied it into the older generations (on the 1M graph nearly every collection had become a
/// generation-1 one). Measured there, A/B in one run: random neighbour pages p99 8.3–9.0 against 6.9–7.8 ms, the
/// evidence page's CPU the same within 3 %.
/// </para>
/// </summary>
internal sealed class RecordCache<T>(int slots = RecordCache<T>.DefaultSlots) where T : class
{
    public const int DefaultSlots = 16_384;

    private sealed record Slot(int Ordinal, T Record);

    private readonly Slot?[] slots = new Slot?[slots];

    // Per slot, one more than the ordinal last read there without a record (0: none). Plain ints: a race between two
    // readers costs at most one record made again or kept early, never a wrong record.
    private readonly int[] candidates = new int[slots];

    public T Get<TState>(int ordinal, TState state, Func<TState, int, T> make)
    {
        var at = (int)((uint)ordinal % (uint)slots.Length);
        if (Volatile.Read(ref slots[at]) is { } slot && slot.Ordinal == ordinal) return slot.Record;
        var record = make(state, ordinal);
        if (candidates[at] == ordinal + 1) Volatile.Write(ref slots[at], new Slot(ordinal, record));
        else candidates[at] = ordinal + 1;
        return record;
    }
}
