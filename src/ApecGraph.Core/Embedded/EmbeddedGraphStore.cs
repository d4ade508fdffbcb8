using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>
/// An in-memory <see cref="IGraphStore"/> over a compact, column-wise copy of a graph (built from a loaded
/// <see cref="KnowledgeGraph"/> or read from a snapshot, <see cref="Snapshot.GraphSnapshot"/>). Immutable once built, so
/// it is safe to share between requests; records are made per call from the columns.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    private readonly GraphIndex index;
    private readonly NameIndex names;
    private readonly PathFinder paths;
    private readonly QuoteIndex quotes;

    /// <summary>Indexes <paramref name="graph"/>, which must be consistent (as <see cref="Loading.GraphLoader"/> returns it).</summary>
    /// <param name="graph">The graph to serve.</param>
    /// <param name="loadedAt">When it was loaded (its <see cref="GraphInfo.LoadedAt"/>); now by default.</param>
    /// <exception cref="ArgumentException">Duplicate entity or relation ids, or a relation to a missing entity.</exception>
    public EmbeddedGraphStore(KnowledgeGraph graph, DateTimeOffset? loadedAt = null)
        : this(CompactGraphBuilder.Build(graph ?? throw new ArgumentNullException(nameof(graph))), GraphVersion.Of(graph), loadedAt)
    {
    }

    internal EmbeddedGraphStore(CompactGraph graph, string version, DateTimeOffset? loadedAt)
    {
        index = new GraphIndex(graph);
        var byKind = index.ByKind;
        Info = new GraphInfo(version, (loadedAt ?? DateTimeOffset.UtcNow).ToUniversalTime(), graph.EntityCount, graph.RelationCount,
            [.. Enum.GetValues<EntityKind>().Select(k => new KindCount(k, byKind[(int)k].Length))]);
        // by ordinal: the index keeps no Entity records (at 1M entities they would be most of the store's memory)
        names = new NameIndex(graph.EntityCount, i => graph.EntityIds[i], i => (EntityKind)graph.Kinds[i], i => graph.Names[i],
            i => new ArraySegment<string>(graph.Aliases, graph.AliasStart[i], graph.AliasStart[i + 1] - graph.AliasStart[i]));
        paths = new PathFinder(index);
        quotes = new QuoteIndex(graph);
    }

    /// <summary>The graph's version, load time and counts.</summary>
    public GraphInfo Info { get; }

    private CompactGraph Graph => index.Graph;

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Graph.FindEntity(id) is var entity and >= 0)
            {
                found[id] = Graph.Entity(entity);
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
        var types = query.Types is { Count: > 0 } ? query.Types.Select(Graph.FindType).Where(t => t >= 0).ToHashSet() : null;
        var byEntity = index.Of(query.Direction);
        var result = new Dictionary<string, IReadOnlyList<Relation>>(entityIds.Count, StringComparer.Ordinal);
        foreach (var id in entityIds)
        {
            var entity = Graph.FindEntity(id);
            result[id] = entity < 0 ? [] : First(byEntity[entity], types, query.Limit);
        }
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relation>>>(result);
    }

    // The first `limit` of `relations` (ordinals, so in type-then-id order) of these types (of every type when null), as
    // a list that makes each record when it is read: a caller that keeps 50 of 500, or writes them out one by one (an
    // export), holds only what it keeps.
    private RelationList First(ReadOnlySpan<int> relations, HashSet<int>? types, int limit)
    {
        var kept = new List<int>(Math.Clamp(limit, 0, relations.Length));
        foreach (var relation in relations)
        {
            if (kept.Count >= limit) break;
            if (types is null || types.Contains(Graph.Types[relation])) kept.Add(relation);
        }
        return new RelationList(Graph, [.. kept]);
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
        var hits = names.SearchOrdinals(query);
        var found = new SearchHit[hits.Count];
        for (var i = 0; i < hits.Count; i++) found[i] = new SearchHit(Graph.Entity(hits[i].Ordinal), hits[i].Score, hits[i].MatchedName);
        return Task.FromResult<IReadOnlyList<SearchHit>>(found);
    }

    /// <summary>
    /// Paths over relations taken in either direction (skipping <see cref="PathQuery.ExcludedTypes"/>): the shortest
    /// first, then, while fewer than <see cref="PathQuery.First"/> are found, longer ones up to MaxHops; within a length,
    /// in order of their entity ids. Entities joined by several relations make one step (the first relation by type, then
    /// id), so no two paths pass through the same entities; no entity repeats within a path. From == To gives one path
    /// of length 0; unknown ids give none. The search is bounded (200,000 edge visits for the distances, as many for the paths) and returns what it found by then.
    /// </summary>
    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return paths.FindAsync(query, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in documentIds)
        {
            if (Graph.FindDocument(id) is var document and >= 0 && Graph.DocumentText(document) is { } text) found[id] = text;
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
            result[id] = quotes.First(id, take);
        }
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>>(result);
    }

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new StoreStatus("Embedded", Graph.EntityCount, Graph.RelationCount));

    public Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default) => Task.FromResult<GraphInfo?>(Info);
}
