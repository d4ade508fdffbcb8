namespace ApecGraph.Core.Embedded;

/// <summary>
/// A column of strings that is null almost everywhere (a relation's explicit id, a quote that is not a slice of its
/// text), kept as the rows that have one: a dense <c>string?[]</c> costs 8 bytes a row, 140 MB over the generator's
/// 1M graph for a handful of values.
/// </summary>
internal sealed class SparseStrings
{
    private readonly int[] rows;
    private readonly string[] values;

    public SparseStrings(string?[] dense)
    {
        var count = 0;
        foreach (var value in dense) if (value is not null) count++;
        rows = new int[count];
        values = new string[count];
        var at = 0;
        for (var row = 0; row < dense.Length; row++)
        {
            if (dense[row] is { } value) (rows[at], values[at++]) = (row, value);
        }
        Length = dense.Length;
    }

    public int Length { get; }

    /// <summary>The value of <paramref name="row"/>, or null.</summary>
    public string? this[int row]
    {
        get
        {
            if (rows.Length == 0) return null;
            var at = Array.BinarySearch(rows, row);
            return at >= 0 ? values[at] : null;
        }
    }

    /// <summary>The column as a dense array again (for writing a snapshot).</summary>
    public string?[] ToDense()
    {
        var dense = new string?[Length];
        for (var i = 0; i < rows.Length; i++) dense[rows[i]] = values[i];
        return dense;
    }
}
