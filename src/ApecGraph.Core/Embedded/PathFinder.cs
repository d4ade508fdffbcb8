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
                    .ThenBy(edge => edge.Relation, RelationOrder.ByTypeThenId)
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
        return new PathSearch(this, query, cancellationToken).Run();
    }

    /// <summary>Neighbours of a node, each once (through its first allowed relation), in id order.</summary>
    internal IEnumerable<(string Other, Relation Relation)> Neighbours(string node, IReadOnlySet<string> excluded)
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
}
