using System.Collections.Concurrent;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>
/// Shortest paths over relations taken in either direction. Paths come shortest first, then in order of their entity
/// ids; when there are fewer than <see cref="PathQuery.First"/> of the minimal length, longer ones (up to MaxHops)
/// follow. Two entities joined by several relations count as one step, carried by the first relation in (type, id)
/// order, so paths differ in the entities they pass through. No entity repeats in a path. The search is pruned by the
/// distance to the target; the breadth-first distances and the depth-first enumeration each stop after
/// <see cref="MaxSteps"/> edge visits, returning what has been found by then.
/// </summary>
internal sealed class PathFinder
{
    /// <summary>Bound on edges visited per phase of a query, so a hub, a dense graph or a large MaxHops cannot run away.</summary>
    public const int MaxSteps = 200_000;

    private const int MaxDepth = 200;

    // Node i's neighbours: (other, relation) pairs at Start[i]..Start[i+1], by other's id, then the relation's (type, id),
    // with the type beside them. The other end and the type are also in the graph's columns, but read from there (three
    // random reads a step instead of one sequential pass) 4-hop searches on the 1M graph ran 3 to 4 times slower.
    private readonly int[] start;
    private readonly int[] others;
    private readonly int[] relations;
    private readonly byte[] types;

    public PathFinder(GraphIndex index)
    {
        Graph = index.Graph;
        var n = Graph.EntityCount;
        start = new int[n + 1];
        var widest = 0;
        for (var node = 0; node < n; node++)
        {
            var count = 0;
            foreach (var r in index.Both[node]) if (Graph.From[r] != Graph.To[r]) count++;
            start[node + 1] = start[node] + count;
            widest = Math.Max(widest, count);
        }
        others = new int[start[n]];
        relations = new int[start[n]];
        types = new byte[start[n]];
        var pairs = new long[widest]; // one node's (other, relation) keys at a time, not all of them at once (122 MB at 1M)
        for (var node = 0; node < n; node++)
        {
            var count = 0;
            foreach (var r in index.Both[node])
            {
                if (Graph.From[r] != Graph.To[r]) pairs[count++] = ((long)index.Other(r, node) << 32) | (uint)r;
            }
            Array.Sort(pairs, 0, count);
            for (var i = 0; i < count; i++)
            {
                var at = start[node] + i;
                (others[at], relations[at]) = ((int)(pairs[i] >> 32), (int)pairs[i]);
                types[at] = Graph.Types[relations[at]];
            }
        }
    }

    public CompactGraph Graph { get; }

    /// <summary>Searches run at once, at most; more wait their turn. Each needs distance arrays of 5 bytes per entity
    /// (5 MB at 1M entities): with a pool as large as this bound, a busy server reuses them instead of allocating (and
    /// the GC collecting) one pair per request. Measured before the bound: 8 connections of 4-hop searches on the 1M graph
    /// took the API from 2.2 to 4.8 GB.</summary>
    public static readonly int MaxConcurrent = Math.Max(2, 2 * Environment.ProcessorCount);

    private readonly SemaphoreSlim gate = new(MaxConcurrent, MaxConcurrent);

    // Distance arrays for the searches under way, reused: at most MaxConcurrent exist.
    private readonly ConcurrentBag<Scratch> scratches = [];

    internal Scratch Rent() => scratches.TryTake(out var scratch) ? scratch : new Scratch(Graph.EntityCount);

    internal void Return(Scratch scratch) => scratches.Add(scratch);

    /// <summary><see cref="Find"/>, at most <see cref="MaxConcurrent"/> at once.</summary>
    public async Task<IReadOnlyList<GraphPath>> FindAsync(PathQuery query, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Find(query, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Hop counts by entity ordinal, valid where the stamp is the current search's: reused without clearing, so
    /// a query costs what it visits, not the size of the graph.</summary>
    internal sealed class Scratch(int entities)
    {
        public int[] Stamps { get; } = new int[entities];
        public byte[] Distances { get; } = new byte[entities];
        /// <summary>The breadth-first phase's two frontiers: each level holds at most one node per step taken.</summary>
        public int[] FrontierA { get; } = new int[Math.Min(entities, MaxSteps) + 1];
        public int[] FrontierB { get; } = new int[Math.Min(entities, MaxSteps) + 1];
        private int stamp;

        public int Next()
        {
            if (stamp == int.MaxValue)
            {
                Array.Clear(Stamps);
                stamp = 0;
            }
            return ++stamp;
        }
    }

    public IReadOnlyList<GraphPath> Find(PathQuery query, CancellationToken cancellationToken)
    {
        var from = Graph.FindEntity(query.From);
        var to = Graph.FindEntity(query.To);
        if (query.First <= 0 || query.MaxHops < 0 || from < 0 || to < 0)
        {
            return [];
        }
        if (from == to)
        {
            return [new GraphPath([query.From], [])];
        }
        // Hop counts are kept in a byte; no search gets anywhere near this deep within its steps.
        var bounded = query.MaxHops > MaxDepth ? query with { MaxHops = MaxDepth } : query;
        return new PathSearch(this, bounded, from, to, cancellationToken).Run();
    }

    /// <summary>The types a query may not use, by type ordinal.</summary>
    public bool[] Excluded(IReadOnlyCollection<string> types)
    {
        var excluded = new bool[Graph.TypeNames.Length];
        foreach (var type in types)
        {
            if (Graph.FindType(type) is var t and >= 0) excluded[t] = true;
        }
        return excluded;
    }

    /// <summary>The neighbour pairs of <paramref name="node"/>: indexes into <see cref="Other"/> and <see cref="Relation"/>.</summary>
    internal (int Start, int End) Range(int node) => (start[node], start[node + 1]);

    internal int Other(int pair) => others[pair];

    /// <summary>How many neighbour pairs <paramref name="node"/> has (relations to itself not counted).</summary>
    internal int Degree(int node) => start[node + 1] - start[node];

    /// <summary>The first pair in [<paramref name="low"/>, <paramref name="high"/>) (within one node's range) whose other end
    /// is at least <paramref name="other"/>, or <paramref name="high"/>: a galloping search from <paramref name="low"/>, so
    /// that walking a short list against a long one costs the short one's length times a logarithm, not the long one's
    /// length.</summary>
    internal int LowerBound(int other, int low, int high)
    {
        var step = 1;
        while (low + step < high && others[low + step - 1] < other)
        {
            low += step;
            step *= 2;
        }
        var end = Math.Min(low + step, high);
        while (low < end)
        {
            var middle = low + (end - low) / 2;
            if (others[middle] < other) low = middle + 1;
            else end = middle;
        }
        return low;
    }

    /// <summary>The first pair at or after <paramref name="pair"/> (a <see cref="LowerBound"/>) that joins
    /// <paramref name="other"/> by an allowed relation, or -1.</summary>
    internal int FirstAllowed(int pair, int end, int other, bool[] excluded)
    {
        for (; pair < end && others[pair] == other; pair++)
        {
            if (Allowed(pair, excluded)) return pair;
        }
        return -1;
    }

    internal int Relation(int pair) => relations[pair];

    /// <summary>Whether the pair's relation is of a type the query may use. Walkers take each neighbour once, through its
    /// first allowed pair (pairs to one neighbour are adjacent).</summary>
    internal bool Allowed(int pair, bool[] excluded) => !excluded[types[pair]];
}
