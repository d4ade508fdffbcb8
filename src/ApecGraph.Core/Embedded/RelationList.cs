using System.Collections;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Embedded;

/// <summary>Relations given by ordinal, each record made when it is read (reading one twice makes two equal records).</summary>
internal sealed class RelationList(CompactGraph graph, int[] relations) : IReadOnlyList<Relation>
{
    public Relation this[int index] => graph.Relation(relations[index]);

    public int Count => relations.Length;

    public IEnumerator<Relation> GetEnumerator()
    {
        foreach (var relation in relations) yield return graph.Relation(relation);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
