using ApecGraph.Core.Embedded;

namespace ApecGraph.Core.Tests.Embedded;

/// <summary>The record cache keeps a record from its second read in a row in its slot, not from its first: what is read
/// once stays garbage, what is read again is made once more and then shared.</summary>
public sealed class RecordCacheTests
{
    private const int Slots = 8;

    private sealed class Maker
    {
        public List<int> Made { get; } = [];

        public object Make(int ordinal)
        {
            Made.Add(ordinal);
            return new object();
        }
    }

    private static object Read(RecordCache<object> cache, Maker maker, int ordinal) => cache.Get(ordinal, maker, static (m, o) => m.Make(o));

    [Fact]
    public void A_record_is_kept_from_its_second_read_and_shared_after()
    {
        var (cache, maker) = (new RecordCache<object>(Slots), new Maker());

        var first = Read(cache, maker, 5);
        var second = Read(cache, maker, 5);
        var third = Read(cache, maker, 5);
        var fourth = Read(cache, maker, 5);

        Assert.Equal([5, 5], maker.Made);
        Assert.NotSame(first, second);
        Assert.Same(second, third);
        Assert.Same(second, fourth);
    }

    [Fact]
    public void Records_read_once_are_not_kept()
    {
        var (cache, maker) = (new RecordCache<object>(Slots), new Maker());

        for (var ordinal = 0; ordinal < 3 * Slots; ordinal++) Read(cache, maker, ordinal);
        Read(cache, maker, 3 * Slots - 1); // its second read in a row: kept from here
        Read(cache, maker, 3 * Slots - 1);

        Assert.Equal([.. Enumerable.Range(0, 3 * Slots), 3 * Slots - 1], maker.Made);
    }

    [Fact]
    public void A_kept_record_stays_when_another_ordinal_of_its_slot_is_read_once()
    {
        var (cache, maker) = (new RecordCache<object>(Slots), new Maker());
        Read(cache, maker, 3);
        var kept = Read(cache, maker, 3);

        Read(cache, maker, 3 + Slots);

        Assert.Same(kept, Read(cache, maker, 3));
        Assert.Equal([3, 3, 3 + Slots], maker.Made);
    }

    [Fact]
    public void Another_ordinal_read_twice_in_a_row_takes_the_slot()
    {
        var (cache, maker) = (new RecordCache<object>(Slots), new Maker());
        Read(cache, maker, 3);
        Read(cache, maker, 3);

        Read(cache, maker, 3 + Slots);
        var taken = Read(cache, maker, 3 + Slots);

        Assert.Same(taken, Read(cache, maker, 3 + Slots));
        Read(cache, maker, 3);
        Assert.Equal([3, 3, 3 + Slots, 3 + Slots, 3], maker.Made);
    }
}
