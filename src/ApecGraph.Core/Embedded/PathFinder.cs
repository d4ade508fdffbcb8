using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>
/// Shortest paths over relations taken in either direction. Paths come shortest first, then in order of their entity
/// ids; when there are fewer than <see cref="PathQuery.First"/> of the minimal length, longer ones (up to MaxHops)
/// follow. Two entities joined by several relations count as one step, carried by the first relation in (type, id)
/// order, so paths differ in the entities they pass through. No entity repeats in a path. The search is pruned by the
/// distance to the target and stops after <see cref="MaxSteps"/> edge visits, returning what it has found by then.
/// </summary>
internal sealed class PathFinder
{
    /// <summary>Bound on edges visited per query, so a dense graph or a large MaxHops cannot run away.</summary>
    public const int MaxSteps = 200_000;

    private readonly Dictionary<string, (string Other, Relation Relation)[]> adjacency;

    public PathFinder(GraphIndex index)
    {
        adjacency = index.Out.Values.SelectMany(rs => rs)
            .Where(r => r.From != r.To)
            .SelectMany(r => new[] { (Node: r.From, Other: r.To, Relation: r), (Node: r.To, Other: r.From, Relation: r) })
            .GroupBy(edge => edge.Node, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(edge => (edge.Other, edge.Relation))
                    .OrderBy(edge => edge.Other, StringComparer.Ordinal)
                    .ThenBy(edge => edge.Relation, GraphIndex.RelationOrder)
                    .ToArray(),
                StringComparer.Ordinal);
    }

    public IReadOnlyList<GraphPath> Find(PathQuery query, Func<string, bool> exists, CancellationToken cancellationToken)
    {
        if (query.First <= 0 || query.MaxHops < 0 || !exists(query.From) || !exists(query.To))
        {
            return [];
        }
        if (query.From == query.To)
        {
            return [new GraphPath([query.From], [])];
        }
        var search = new Search(this, query, cancellationToken);
        return search.Run();
    }

    /// <summary>Neighbours of a node, each once (through its first allowed relation), in id order.</summary>
    private IEnumerable<(string Other, Relation Relation)> Neighbours(string node, IReadOnlySet<string> excluded)
    {
        string? previous = null;
        foreach (var edge in adjacency.GetValueOrDefault(node) ?? [])
        {
            if (edge.Other != previous && !excluded.Contains(edge.Relation.Type))
            {
                previous = edge.Other;
                yield return edge;
            }
        }
    }

    private sealed class Search(PathFinder finder, PathQuery query, CancellationToken cancellationToken)
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
            for (var length = shortest; length <= query.MaxHops && found.Count < query.First && steps < MaxSteps; length++)
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
                if (found.Count >= query.First || ++steps > MaxSteps)
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
}
