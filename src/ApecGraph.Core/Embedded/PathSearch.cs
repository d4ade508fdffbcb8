using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>One path query over entity ordinals: depth-first enumeration by increasing length, its last two hops found
/// in the sorted neighbour lists, and for paths of three hops or more distances back from the target, level by level and
/// only as far as the lengths tried need them. Each phase is bounded by <see cref="PathFinder.MaxSteps"/>.</summary>
internal sealed class PathSearch(PathFinder finder, PathQuery query, int from, int to, CancellationToken cancellationToken)
{
    private readonly bool[] excluded = finder.Excluded(query.ExcludedTypes);
    private readonly List<GraphPath> found = [];
    private readonly List<int> nodes = [from];
    private readonly List<int> relations = [];
    private int[] stamp = [];
    private byte[] distance = [];
    private int current;
    // The least distance an entity without one can have: one more than the levels done, or the level being filled
    // when the breadth-first steps ran out.
    private int unknownDistance = 1;
    // The breadth-first phase: its two frontiers, the nodes of the last level, the levels done and their edge visits.
    private int[] frontier = [], next = [];
    private int count, levels, levelSteps;
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
        (frontier, next) = (scratch!.FrontierA, scratch.FrontierB);
        frontier[0] = to;
        count = 1;
        // Paths of one and two hops need no distances (their hops are found in the neighbour lists themselves, see
        // Extend): tried first, they cost a search of the source's list and one walk of the shorter of the two lists,
        // where the levels below would first take every neighbour of the target.
        for (var length = 1; length <= Math.Min(2, query.MaxHops) && found.Count < query.First; length++) Extend(from, length);
        // Longer paths: distances back from the target, level by level. Length L needs the levels up to L - 2 (the walks
        // below the first hop prune with them); level L - 1 only prunes the source's own neighbours, so it is taken only
        // when it costs less than the walks it can save (a hub among the target's neighbours makes that level 100k steps
        // and more at 1M entities, where the source's neighbours are often a few short lists). Lengths with no path are
        // tried too: with the levels they need, their walks stop at the source's neighbours. An entity without a distance
        // is at least unknownDistance away, so the pruning stays right (it only prunes less) wherever the levels stopped.
        for (var length = 3; length <= query.MaxHops && found.Count < query.First && steps < PathFinder.MaxSteps; length++)
        {
            while (levels < length - 2 && ExpandLevel()) { }
            if (levels == length - 2 && SavedWalks(length) is var saved && NextLevelCost(saved) <= saved) ExpandLevel();
            Extend(from, length);
        }
        return found;
    }

    /// <summary>The most steps a full level L - 1 can save a search for <paramref name="length"/> hops: the walks from
    /// each neighbour of the source, each the shorter of its list and the target's when two hops are left after it
    /// (three in all), else its whole list. Capped at the bound on steps.</summary>
    private long SavedWalks(int length)
    {
        var toLength = finder.Degree(to);
        long sum = 0;
        var (pair, end) = finder.Range(from);
        for (; pair < end && sum <= PathFinder.MaxSteps; pair++)
        {
            var degree = finder.Degree(finder.Other(pair));
            sum += 1 + (length == 3 ? Math.Min(degree, toLength) : degree);
        }
        return sum;
    }

    /// <summary>The steps the next level takes (one per neighbour of each node of the last), counted only until they
    /// pass <paramref name="bound"/>.</summary>
    private long NextLevelCost(long bound)
    {
        long sum = 0;
        for (var i = 0; i < count && sum <= bound; i++) sum += finder.Degree(frontier[i]);
        return sum;
    }

    private void SetDistance(int node, int hops) => (stamp[node], distance[node]) = (current, (byte)hops);

    private int DistanceOf(int node) => stamp[node] == current ? distance[node] : unknownDistance;

    /// <summary>
    /// Hop counts from the target for one more level (at most MaxHops - 1 levels: an entity further away can only start
    /// a path). False when there is no level to add: all are done, the last was empty, or the steps ran out (then
    /// unknownDistance stays at the level being filled). The frontiers live in the scratch's buffers (no list per level: at
    /// 600 searches a second on the 1M graph those lists were gigabytes of garbage a second); a level adds at most one
    /// node per step, so MaxSteps + 1 always fits.
    /// </summary>
    private bool ExpandLevel()
    {
        var hops = levels + 1;
        if (count == 0)
        {
            unknownDistance = Math.Max(query.MaxHops, 1); // every entity that can reach the target has its distance
            return false;
        }
        if (hops >= query.MaxHops || levelSteps > PathFinder.MaxSteps) return false;
        var added = 0;
        for (var at = 0; at < count; at++)
        {
            var previous = -1;
            for (var (pair, end) = finder.Range(frontier[at]); pair < end; pair++)
            {
                var other = finder.Other(pair);
                if (other == previous || !finder.Allowed(pair, excluded)) continue;
                previous = other;
                if (++levelSteps > PathFinder.MaxSteps)
                {
                    unknownDistance = hops;
                    return false;
                }
                if ((levelSteps & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                if (stamp[other] != current)
                {
                    SetDistance(other, hops);
                    next[added++] = other;
                }
            }
        }
        (frontier, next, count, levels) = (next, frontier, added, hops);
        unknownDistance = hops + 1;
        return true;
    }

    /// <summary>Depth-first extension of the current path to paths of exactly <paramref name="length"/> hops. The last
    /// two hops are found in the neighbour lists (sorted by entity) rather than by walking <paramref name="node"/>'s
    /// neighbours: that walk is a hub's whole list (100k and more at 1M entities) for a few paths.</summary>
    private void Extend(int node, int length)
    {
        var depth = relations.Count + 1;
        switch (length - depth)
        {
            case 0:
                ToTarget(node);
                return;
            case 1:
                ThroughNeighbourOfTarget(node);
                return;
        }
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
            // A path ends at the target; it never passes through it.
            if (other == to || depth + DistanceOf(other) > length || nodes.Contains(other))
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

    /// <summary>The last hop: the path plus the target, when <paramref name="node"/> is one of its neighbours.</summary>
    private void ToTarget(int node)
    {
        if (found.Count >= query.First || ++steps > PathFinder.MaxSteps) return;
        var (pair, end) = finder.Range(node);
        pair = finder.FirstAllowed(finder.LowerBound(to, pair, end), end, to, excluded);
        if (pair >= 0) found.Add(Path([.. nodes, to], [.. relations, finder.Relation(pair)]));
    }

    /// <summary>The last two hops: through each neighbour of <paramref name="node"/> that is also a neighbour of the target
    /// (and not on the path), in entity order. The shorter of the two lists is walked, each of its entities searched for
    /// in the other, each step carried by the first allowed relation (as in the walk of <see cref="Extend"/>).</summary>
    private void ThroughNeighbourOfTarget(int node)
    {
        var (nodeAt, nodeEnd) = finder.Range(node);
        var (toAt, toEnd) = finder.Range(to);
        var walkNode = nodeEnd - nodeAt <= toEnd - toAt;
        var (walk, walkEnd, search, searchEnd) = walkNode ? (nodeAt, nodeEnd, toAt, toEnd) : (toAt, toEnd, nodeAt, nodeEnd);
        var previous = -1;
        for (; walk < walkEnd; walk++)
        {
            var other = finder.Other(walk);
            if (other == previous || !finder.Allowed(walk, excluded)) continue;
            previous = other;
            if (found.Count >= query.First || ++steps > PathFinder.MaxSteps) return;
            if ((steps & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            search = finder.LowerBound(other, search, searchEnd);
            if (search == searchEnd) return;
            var match = finder.FirstAllowed(search, searchEnd, other, excluded);
            if (match < 0 || other == to || other == node || nodes.Contains(other)) continue;
            var (first, second) = walkNode ? (walk, match) : (match, walk);
            found.Add(Path([.. nodes, other, to], [.. relations, finder.Relation(first), finder.Relation(second)]));
        }
    }

    private GraphPath Path(List<int> pathNodes, List<int> pathRelations) =>
        new([.. pathNodes.Select(n => finder.Graph.EntityIds[n])], [.. pathRelations.Select(finder.Graph.Relation)]);
}
