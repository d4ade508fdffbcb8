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
    private readonly HashSet<int> onPath = [from];
    private readonly Dictionary<int, int> distanceToTarget = new() { [to] = 0 };
    // The least distance an entity absent from distanceToTarget can have: beyond MaxHops when the breadth-first phase
    // finished, else the level it was filling when it ran out of steps.
    private int unknownDistance;
    private int steps;

    public IReadOnlyList<GraphPath> Run()
    {
        unknownDistance = Distances();
        var shortest = distanceToTarget.GetValueOrDefault(from, unknownDistance);
        steps = 0;
        for (var length = shortest; length <= query.MaxHops && found.Count < query.First && steps < PathFinder.MaxSteps; length++)
        {
            Extend(from, length);
        }
        return found;
    }

    private int DistanceOf(int node) => distanceToTarget.GetValueOrDefault(node, unknownDistance);

    /// <summary>Breadth-first hop counts from the target, as far as MaxHops; returns the least distance of the entities
    /// it did not reach.</summary>
    private int Distances()
    {
        var frontier = new List<int> { to };
        for (var hops = 1; hops <= query.MaxHops && frontier.Count > 0; hops++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (other, _) in finder.Neighbours(node, excluded))
                {
                    if (++steps > PathFinder.MaxSteps) return hops;
                    if ((steps & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    if (distanceToTarget.TryAdd(other, hops)) next.Add(other);
                }
            }
            frontier = next;
        }
        return query.MaxHops + 1;
    }

    /// <summary>Depth-first extension of the current path to paths of exactly <paramref name="length"/> hops.</summary>
    private void Extend(int node, int length)
    {
        var depth = relations.Count + 1;
        foreach (var (other, relation) in finder.Neighbours(node, excluded))
        {
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
                    found.Add(Path([.. nodes, other], [.. relations, relation]));
                }
                continue; // a path ends at the target; it never passes through it
            }
            if (onPath.Contains(other) || depth + DistanceOf(other) > length)
            {
                continue;
            }
            nodes.Add(other);
            relations.Add(relation);
            onPath.Add(other);
            Extend(other, length);
            onPath.Remove(other);
            relations.RemoveAt(relations.Count - 1);
            nodes.RemoveAt(nodes.Count - 1);
        }
    }

    private GraphPath Path(List<int> pathNodes, List<int> pathRelations) =>
        new([.. pathNodes.Select(n => finder.Graph.EntityIds[n])], [.. pathRelations.Select(finder.Graph.Relation)]);
}
