namespace ApecGraph.Core.Embedded;

/// <summary>
/// The records made most recently from the columns, by ordinal, in a fixed number of slots (direct-mapped: ordinal
/// modulo the slots), so that the records a busy query reads again and again (a page of meetings, its relations, the
/// same documents) are made once: on the 102-entity graph every record stays made, as when the store kept records, and on
/// a large graph the memory stays bounded (a few MB). Records are immutable, so requests share them; a slot is replaced
/// as a whole (one reference), so a reader never sees one ordinal's key with another's record.
/// </summary>
internal sealed class RecordCache<T>(int slots = RecordCache<T>.DefaultSlots) where T : class
{
    public const int DefaultSlots = 16_384;

    private sealed record Slot(int Ordinal, T Record);

    private readonly Slot?[] slots = new Slot?[slots];

    public T Get<TState>(int ordinal, TState state, Func<TState, int, T> make)
    {
        var at = (int)((uint)ordinal % (uint)slots.Length);
        if (Volatile.Read(ref slots[at]) is { } slot && slot.Ordinal == ordinal) return slot.Record;
        var record = make(state, ordinal);
        Volatile.Write(ref slots[at], new Slot(ordinal, record));
        return record;
    }
}
