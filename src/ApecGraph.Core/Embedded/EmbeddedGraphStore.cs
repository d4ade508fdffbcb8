using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>
/// An in-memory <see cref="IGraphStore"/> over a loaded <see cref="KnowledgeGraph"/>. Immutable once built, so it is
/// safe to share between requests; every lookup goes through an index built in the constructor.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    private readonly GraphIndex index;
    private readonly NameIndex names;
    private readonly PathFinder paths;
    private readonly Dictionary<string, QuotedFact[]> quotes;

    /// <summary>Indexes <paramref name="graph"/>, which must be consistent (as <see cref="Loading.GraphLoader"/> returns it).</summary>
    /// <param name="graph">The graph to serve.</param>
    /// <param name="loadedAt">When it was loaded (its <see cref="GraphInfo.LoadedAt"/>); now by default.</param>
    /// <exception cref="ArgumentException">Duplicate entity or relation ids, or a relation to a missing entity.</exception>
    public EmbeddedGraphStore(KnowledgeGraph graph, DateTimeOffset? loadedAt = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        Info = GraphInfo.Of(graph, loadedAt ?? DateTimeOffset.UtcNow);
        index = new GraphIndex(graph);
        names = new NameIndex(graph.Entities);
        paths = new PathFinder(index);
        quotes = QuoteIndex.Build(graph);
    }

    /// <summary>The graph this store serves.</summary>
    public KnowledgeGraph Graph { get; }

    /// <summary>The graph's version (computed here, once), load time and counts.</summary>
    public GraphInfo Info { get; }

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (index.ById.TryGetValue(id, out var entity))
            {
                found[id] = entity;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, Entity>>(found);
    }

    /// <summary>Each entity's relations, ordered by type then id, at most <see cref="RelationQuery.Limit"/> (a self-relation
    /// appears once under <see cref="Direction.Both"/>).</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var types = query.Types is { Count: > 0 } ? query.Types.ToHashSet(StringComparer.Ordinal) : null;
        var byEntity = query.Direction switch { Direction.Out => index.Out, Direction.In => index.In, _ => index.Both };
        var result = new Dictionary<string, IReadOnlyList<Relation>>(entityIds.Count, StringComparer.Ordinal);
        foreach (var id in entityIds)
        {
            result[id] = First(byEntity.GetValueOrDefault(id) ?? [], types, query.Limit);
        }
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relation>>>(result);
    }

    // The first `limit` of `relations` (already in type-then-id order) of these types (of every type when null). A loop
    // rather than LINQ: this runs for every entity of every relation batch.
    private static IReadOnlyList<Relation> First(Relation[] relations, HashSet<string>? types, int limit)
    {
        if (limit <= 0) return [];
        if (types is null) return relations.AsSpan(0, Math.Min(limit, relations.Length)).ToArray();
        var kept = new List<Relation>(Math.Min(limit, relations.Length));
        foreach (var relation in relations)
        {
            if (kept.Count == limit) break;
            if (types.Contains(relation.Type)) kept.Add(relation);
        }
        return kept;
    }

    public Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(EntityLister.List(index, query));
    }

    /// <summary>Grouped counts over the entities <see cref="ListEntitiesAsync"/> would match, from the same indexes.</summary>
    public Task<GroupCounts> CountAsync(GroupQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(EntityCounter.Count(index, query));
    }

    /// <summary>Ranked name and alias search; see <see cref="NameIndex.Search"/> for the ranking.</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(names.Search(query));
    }

    /// <summary>
    /// Paths over relations taken in either direction (skipping <see cref="PathQuery.ExcludedTypes"/>): the shortest
    /// first, then, while fewer than <see cref="PathQuery.First"/> are found, longer ones up to MaxHops; within a length,
    /// in order of their entity ids. Entities joined by several relations make one step (the first relation by type, then
    /// id), so no two paths pass through the same entities; no entity repeats within a path. From == To gives one path
    /// of length 0; unknown ids give none. The search is bounded (200,000 edge visits) and returns what it found by then.
    /// </summary>
    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(paths.Find(query, index.ById.ContainsKey, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in documentIds)
        {
            if (Graph.DocumentTexts.TryGetValue(id, out var text)) found[id] = text;
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(found);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>> GetQuotedFactsAsync(IReadOnlyCollection<string> documentIds, int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var take = Math.Clamp(limit, 0, QuotedFact.MaxPerDocument);
        var result = new Dictionary<string, IReadOnlyList<QuotedFact>>(StringComparer.Ordinal);
        foreach (var id in documentIds)
        {
            var all = quotes.GetValueOrDefault(id) ?? [];
            result[id] = all.AsSpan(0, Math.Min(take, all.Length)).ToArray();
        }
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>>(result);
    }

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new StoreStatus("Embedded", index.ById.Count, index.RelationCount));

    public Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default) => Task.FromResult<GraphInfo?>(Info);
}
