using System.Collections;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Embedded;

/// <summary>
/// A record's evidence, rows <c>[from, to)</c> of the graph's evidence columns, made (quotes decoded from the texts'
/// UTF-8) when first read rather than with the record: most requests never ask a record for its evidence (a lookup, a
/// page of neighbours, the proposals query), and on the 1M graph those quotes were a large part of what each request
/// allocated. Made once, then shared like the record; two readers racing make the same rows, and one keeps them.
/// </summary>
internal sealed class EvidenceRows(CompactGraph graph, int from, int to) : IReadOnlyList<Evidence>, ICollection
{
    private Evidence[]? rows;

    public int Count => to - from;

    public Evidence this[int index] => Rows[index];

    public IEnumerator<Evidence> GetEnumerator() => ((IEnumerable<Evidence>)Rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Rows.GetEnumerator();

    // ICollection: so that a list's consumers (graphql-dotnet's execution among them) can size by Count, as for an array.
    void ICollection.CopyTo(Array array, int index) => Rows.CopyTo(array, index);

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    private Evidence[] Rows => Volatile.Read(ref rows) ?? Make();

    private Evidence[] Make()
    {
        var made = new Evidence[to - from];
        for (var row = from; row < to; row++) made[row - from] = graph.Evidence(row);
        Volatile.Write(ref rows, made);
        return made;
    }
}
