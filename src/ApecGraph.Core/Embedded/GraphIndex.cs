using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>The lookup structures of an <see cref="EmbeddedGraphStore"/> over its <see cref="CompactGraph"/>, built once
/// (in time linear in the graph) and never changed.</summary>
internal sealed class GraphIndex
{
    public GraphIndex(CompactGraph graph)
    {
        Graph = graph;
        var n = graph.EntityCount;
        Out = Adjacency.Build(n, graph.RelationCount, r => graph.From[r], _ => -1);
        In = Adjacency.Build(n, graph.RelationCount, r => graph.To[r], _ => -1);
        Both = Adjacency.Build(n, graph.RelationCount, r => graph.From[r], r => graph.To[r] == graph.From[r] ? -1 : graph.To[r]);
        All = [.. Enumerable.Range(0, n)];
        ByKind = ByKindOf(graph);
        var byType = new int[graph.TypeNames.Length];
        foreach (var type in graph.Types) byType[type]++;
        RelationsByType = graph.TypeNames.Select((name, t) => (name, t)).Where(p => byType[p.t] > 0).ToDictionary(p => p.name, p => byType[p.t], StringComparer.Ordinal);
    }

    public CompactGraph Graph { get; }

    /// <summary>Each entity's relations (ordinals, hence in type-then-id order) as the From end, the To end, and either
    /// (a self-relation once).</summary>
    public Adjacency Out { get; }
    public Adjacency In { get; }
    public Adjacency Both { get; }

    /// <summary>Every entity ordinal, in id order; and those of each kind.</summary>
    public int[] All { get; }
    public int[][] ByKind { get; }

    /// <summary>How many relations (of every modality) each type has.</summary>
    public Dictionary<string, int> RelationsByType { get; }

    private static int[][] ByKindOf(CompactGraph graph)
    {
        var lists = Enum.GetValues<Model.EntityKind>().Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < graph.EntityCount; i++) lists[graph.Kinds[i]].Add(i);
        return [.. lists.Select(list => list.ToArray())];
    }

    public Adjacency Of(Direction direction) => direction switch { Direction.Out => Out, Direction.In => In, _ => Both };

    /// <summary>The entities a <see cref="RelatedFilter"/> keeps: joined to its other entity by an ACTUAL relation of its type,
    /// in its direction seen from the listed entity; sorted ordinals, each once.</summary>
    public int[] Related(RelatedFilter filter)
    {
        var other = Graph.FindEntity(filter.OtherId);
        var type = Graph.FindType(filter.Type);
        if (other < 0 || type < 0) return [];
        // Seen from the other end: a listed entity with an Out relation to it is on its In side.
        var side = filter.Direction switch { Direction.Out => In, Direction.In => Out, _ => Both };
        var listed = new List<int>();
        foreach (var relation in side.OfType(other, type, Graph))
        {
            if (Graph.IsActual(relation)) listed.Add(Other(relation, other));
        }
        listed.Sort();
        return [.. listed.Distinct()];
    }

    /// <summary>The other end of <paramref name="relation"/> seen from <paramref name="entity"/>.</summary>
    public int Other(int relation, int entity) => Graph.From[relation] == entity ? Graph.To[relation] : Graph.From[relation];
}

/// <summary>Compressed rows: node i's items are <c>Items[Start[i]..Start[i+1]]</c>, in increasing order.</summary>
internal sealed class Adjacency(int[] start, int[] items)
{
    public ReadOnlySpan<int> this[int node] => items.AsSpan(start[node], start[node + 1] - start[node]);

    /// <summary>The relations of <paramref name="node"/> of one type: a contiguous run, found by binary search, since the
    /// relations are numbered in type order.</summary>
    public ReadOnlySpan<int> OfType(int node, int type, CompactGraph graph)
    {
        var all = this[node];
        var first = FirstAtLeast(all, type, graph);
        var end = FirstAtLeast(all, type + 1, graph);
        return all[first..end];
    }

    private static int FirstAtLeast(ReadOnlySpan<int> relations, int type, CompactGraph graph)
    {
        int low = 0, high = relations.Length;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (graph.Types[relations[mid]] < type) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /// <summary>Each relation r (in increasing order) listed under <paramref name="first"/>(r), and under
    /// <paramref name="second"/>(r) unless that is -1.</summary>
    public static Adjacency Build(int nodes, int relations, Func<int, int> first, Func<int, int> second)
    {
        var start = new int[nodes + 1];
        for (var r = 0; r < relations; r++)
        {
            start[first(r) + 1]++;
            if (second(r) is var s and >= 0) start[s + 1]++;
        }
        for (var i = 0; i < nodes; i++) start[i + 1] += start[i];
        var items = new int[start[nodes]];
        var next = start[..nodes];
        for (var r = 0; r < relations; r++)
        {
            items[next[first(r)]++] = r;
            if (second(r) is var s and >= 0) items[next[s]++] = r;
        }
        return new Adjacency(start, items);
    }
}
