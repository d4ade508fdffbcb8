using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>One path query over entity ordinals: distances back from the target, then depth-first enumeration by
/// increasing length. Both phases are bounded by <see cref="PathFinder.MaxSteps"/>.</summary>
internal sealed class PathSearch(PathFinder finder, PathQuery query, int from, int to, CancellationToken cancellationToken)
{
    private readonly bool[] excluded = finder.Excluded(query.ExcludedTypes);
    private readonly List<GraphPath> found = [];
    private readonly List<int> nodes = [from];
    private readonly List<int> relations = [];
    private int[] stamp = [];
    private byte[] distance = [];
    private int current;
    // The least distance an entity without one can have: every entity within MaxHops - 1 has one when the
    // breadth-first phase finished, else the level it was filling when it ran out of steps.
    private int unknownDistance;
    private int steps;
    private PathFinder.Scratch? scratch;

    public IReadOnlyList<GraphPath> Run()
    {
        scratch = finder.Rent();
        try
        {
            (stamp, distance, current) = (scratch.Stamps, scratch.Distances, scratch.Next());
            return Search();
        }
        finally
        {
            finder.Return(scratch);
        }
    }

    private List<GraphPath> Search()
    {
        SetDistance(to, 0);
        unknownDistance = Distances();
        var shortest = DistanceOf(from);
        steps = 0;
        for (var length = shortest; length <= query.MaxHops && found.Count < query.First && steps < PathFinder.MaxSteps; length++)
        {
            Extend(from, length);
        }
        return found;
    }

    private void SetDistance(int node, int hops) => (stamp[node], distance[node]) = (current, (byte)hops);

    private int DistanceOf(int node) => stamp[node] == current ? distance[node] : unknownDistance;

    /// <summary>Breadth-first hop counts from the target up to MaxHops - 1 (an entity further away can only start a
    /// path, so the source's distance is taken from its neighbours'); returns the least distance of the others.</summary>
    private int Distances()
    {
        // two frontiers in the scratch's buffers (no list per level: at 600 searches a second on the 1M graph those lists
        // were gigabytes of garbage a second); a level adds at most one node per step, so MaxSteps + 1 always fits
        var (frontier, next) = (scratch!.FrontierA, scratch.FrontierB);
        frontier[0] = to;
        var count = 1;
        for (var hops = 1; hops < query.MaxHops && count > 0; hops++)
        {
            var added = 0;
            for (var i = 0; i < count; i++)
            {
                var node = frontier[i];
                var previous = -1;
                for (var (pair, end) = finder.Range(node); pair < end; pair++)
                {
                    var other = finder.Other(pair);
                    if (other == previous || !finder.Allowed(pair, excluded)) continue;
                    previous = other;
                    if (++steps > PathFinder.MaxSteps) return hops;
                    if ((steps & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    if (stamp[other] != current)
                    {
                        SetDistance(other, hops);
                        next[added++] = other;
                    }
                }
            }
            (frontier, next, count) = (next, frontier, added);
        }
        if (stamp[from] != current)
        {
            var best = int.MaxValue;
            for (var (pair, end) = finder.Range(from); pair < end; pair++)
            {
                var other = finder.Other(pair);
                if (stamp[other] == current && finder.Allowed(pair, excluded)) best = Math.Min(best, distance[other] + 1);
            }
            SetDistance(from, best <= query.MaxHops ? best : query.MaxHops + 1);
        }
        return Math.Max(query.MaxHops, 1);
    }

    /// <summary>Depth-first extension of the current path to paths of exactly <paramref name="length"/> hops.</summary>
    private void Extend(int node, int length)
    {
        var depth = relations.Count + 1;
        var previous = -1;
        for (var (pair, end) = finder.Range(node); pair < end; pair++)
        {
            var other = finder.Other(pair);
            if (other == previous || !finder.Allowed(pair, excluded)) continue;
            previous = other;
            if (found.Count >= query.First || ++steps > PathFinder.MaxSteps)
            {
                return;
            }
            if ((steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (other == to)
            {
                if (depth == length)
                {
                    found.Add(Path([.. nodes, other], [.. relations, finder.Relation(pair)]));
                }
                continue; // a path ends at the target; it never passes through it
            }
            if (depth + DistanceOf(other) > length || nodes.Contains(other))
            {
                continue;
            }
            nodes.Add(other);
            relations.Add(finder.Relation(pair));
            Extend(other, length);
            relations.RemoveAt(relations.Count - 1);
            nodes.RemoveAt(nodes.Count - 1);
        }
    }

    private GraphPath Path(List<int> pathNodes, List<int> pathRelations) =>
        new([.. pathNodes.Select(n => finder.Graph.EntityIds[n])], [.. pathRelations.Select(finder.Graph.Relation)]);
}
