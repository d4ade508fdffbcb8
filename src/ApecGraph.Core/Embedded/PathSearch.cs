using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>One path query: distances back from the target, then depth-first enumeration by increasing length.</summary>
internal sealed class PathSearch(PathFinder finder, PathQuery query, CancellationToken cancellationToken)
{
    private readonly IReadOnlySet<string> excluded = query.ExcludedTypes.ToHashSet(StringComparer.Ordinal);
    private readonly List<GraphPath> found = [];
    private readonly List<string> nodes = [query.From];
    private readonly List<Relation> relations = [];
    private readonly HashSet<string> onPath = new(StringComparer.Ordinal) { query.From };
    private Dictionary<string, int> distanceToTarget = [];
    private int steps;

    public IReadOnlyList<GraphPath> Run()
    {
        distanceToTarget = Distances(query.To);
        if (!distanceToTarget.TryGetValue(query.From, out var shortest))
        {
            return [];
        }
        for (var length = shortest; length <= query.MaxHops && found.Count < query.First && steps < PathFinder.MaxSteps; length++)
        {
            Extend(query.From, length);
        }
        return found;
    }

    /// <summary>Breadth-first hop counts from the target, as far as MaxHops.</summary>
    private Dictionary<string, int> Distances(string target)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [target] = 0 };
        var frontier = new List<string> { target };
        for (var hops = 1; hops <= query.MaxHops && frontier.Count > 0; hops++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var (other, _) in finder.Neighbours(node, excluded))
                {
                    if (distances.TryAdd(other, hops))
                    {
                        next.Add(other);
                    }
                }
            }
            frontier = next;
        }
        return distances;
    }

    /// <summary>Depth-first extension of the current path to paths of exactly <paramref name="length"/> hops.</summary>
    private void Extend(string node, int length)
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
            if (other == query.To)
            {
                if (depth == length)
                {
                    found.Add(new GraphPath([.. nodes, other], [.. relations, relation]));
                }
                continue; // a path ends at the target; it never passes through it
            }
            if (onPath.Contains(other) || !distanceToTarget.TryGetValue(other, out var rest) || depth + rest > length)
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
}
