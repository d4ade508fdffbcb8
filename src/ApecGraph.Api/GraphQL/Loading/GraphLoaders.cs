using System.Collections.Concurrent;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>The batch loaders of one GraphQL request (registered scoped): one for entities by id,
/// one per distinct relation query for relations by entity id.</summary>
public sealed class GraphLoaders(RequestGraphStore store)
{
    // Made when a request first needs them (the delegate only then): a request that asks for nothing of the graph
    // (`{ __typename }`, a refused document) makes none.
    private BatchLoader<string, Entity>? _entityLoader;
    private ConcurrentDictionary<string, BatchLoader<string, IReadOnlyList<Relation>>>? _relationLoaders;
    private BatchLoader<string, string>? _textLoader;
    private ConcurrentDictionary<int, BatchLoader<string, IReadOnlyList<QuotedFact>>>? _quoteLoaders;

    private BatchLoader<string, Entity> EntityBatch => _entityLoader ?? LazyInitializer.EnsureInitialized(ref _entityLoader, () => new(store.GetEntitiesAsync));
    private ConcurrentDictionary<string, BatchLoader<string, IReadOnlyList<Relation>>> RelationBatches => _relationLoaders ?? LazyInitializer.EnsureInitialized(ref _relationLoaders);
    private BatchLoader<string, string> TextBatch => _textLoader ?? LazyInitializer.EnsureInitialized(ref _textLoader, () => new(store.GetDocumentTextsAsync));
    private ConcurrentDictionary<int, BatchLoader<string, IReadOnlyList<QuotedFact>>> QuoteBatches => _quoteLoaders ?? LazyInitializer.EnsureInitialized(ref _quoteLoaders);

    /// <summary>Where a request's loaders are kept in its user context (<see cref="AddTo"/>).</summary>
    public const string UserContextKey = "apecgraph:loaders";

    /// <summary>Puts the request's loaders in its user context, so that resolvers read them from there rather than
    /// look them up in the request's services once per field.</summary>
    public static void AddTo(ExecutionOptions options)
    {
        if (options.RequestServices?.GetService<GraphLoaders>() is { } loaders) options.UserContext[UserContextKey] = loaders;
    }

    public IDataLoaderResult<Entity?> Entity(string id) => EntityBatch.Load(id);

    /// <summary>The entities with these ids that exist, in the given order, without repeats.</summary>
    public IDataLoaderResult<IReadOnlyList<Entity>> Entities(IEnumerable<string> ids) =>
        LoaderResults.All(ids.Distinct().Select(Entity).ToList())
            .Then(found => (IReadOnlyList<Entity>)[.. found.OfType<Entity>()]);

    public IDataLoaderResult<IReadOnlyList<Relation>> Relations(string id, RelationQuery query) => Relations(id, query, KeyOf(query));

    /// <summary>As <see cref="Relations(string, RelationQuery)"/>, with <paramref name="query"/>'s <see cref="KeyOf"/>
    /// computed once by the caller (a navigation field's declaration) rather than on every parent.</summary>
    public IDataLoaderResult<IReadOnlyList<Relation>> Relations(string id, RelationQuery query, string key) =>
        LoadRelations(id, query, key).Then(NoneWhenMissing);

    private static readonly Func<IReadOnlyList<Relation>?, IReadOnlyList<Relation>> NoneWhenMissing = found => found ?? [];

    private IDataLoaderResult<IReadOnlyList<Relation>?> LoadRelations(string id, RelationQuery query, string key) =>
        RelationLoader(query, key).Load(id);

    private BatchLoader<string, IReadOnlyList<Relation>> RelationLoader(RelationQuery query, string key) =>
        RelationBatches.GetOrAdd(key, static (_, state) => new BatchLoader<string, IReadOnlyList<Relation>>((ids, ct) => state.Store.GetRelationsAsync(ids, state.Query, ct)), (Store: store, Query: query));

    /// <summary>Answers the loads that <paramref name="prefetched"/> covers from it, so that the levels below a root field
    /// send nothing for them: its entities (and <paramref name="asked"/>, the ids it was asked for, as absent where it
    /// lacks them), and each prefetched entity's relations under each prefetched query.</summary>
    public void Prime(Prefetched prefetched, IEnumerable<string>? asked = null)
    {
        EntityBatch.Prime(asked is null ? prefetched.Entities.Keys : prefetched.Entities.Keys.Concat(asked), prefetched.Entities);
        foreach (var (query, lists) in prefetched.Relations)
            RelationLoader(query, KeyOf(query)).Prime(lists.Keys, lists);
    }

    /// <summary>The entities at the other end of <paramref name="id"/>'s matching relations stated with one of
    /// <paramref name="modalities"/>, of <paramref name="kinds"/> only (every kind when empty).</summary>
    public IDataLoaderResult Neighbours(string id, RelationQuery query, string key, IReadOnlyCollection<Modality> modalities, IReadOnlyCollection<EntityKind> kinds) =>
        Others(id, query, key, modalities, kinds, static entities => (IReadOnlyList<Entity>)entities);

    /// <summary>The first of <see cref="Neighbours"/>, or null.</summary>
    public IDataLoaderResult Neighbour(string id, RelationQuery query, string key, IReadOnlyCollection<Modality> modalities, IReadOnlyCollection<EntityKind> kinds) =>
        Others(id, query, key, modalities, kinds, static entities => entities.Count > 0 ? entities[0] : null);

    // Two rounds, each batched with the level's: the relations, then the entities at their other ends. Loops rather than
    // LINQ: this runs for every parent of every navigation field.
    private IDataLoaderResult Others<TResult>(string id, RelationQuery query, string key, IReadOnlyCollection<Modality> modalities,
        IReadOnlyCollection<EntityKind> kinds, Func<List<Entity>, TResult> take) =>
        LoadRelations(id, query, key).ThenLoad(relations => LoaderResults.All(Ends(id, relations ?? [], modalities))
            .Then(found => take(Keep(found, kinds))));

    // The loads of the other ends of id's relations of these modalities, in order, each id once.
    private List<IDataLoaderResult<Entity?>> Ends(string id, IReadOnlyList<Relation> relations, IReadOnlyCollection<Modality> modalities)
    {
        var loads = new List<IDataLoaderResult<Entity?>>(relations.Count);
        HashSet<string>? seen = null;
        foreach (var relation in relations)
        {
            if (!modalities.Contains(relation.Modality)) continue;
            var other = relation.Other(id);
            if ((seen ??= new(StringComparer.Ordinal)).Add(other)) loads.Add(Entity(other));
        }
        return loads;
    }

    // The entities found (not null), of these kinds (every kind when empty).
    private static List<Entity> Keep(IReadOnlyList<Entity?> found, IReadOnlyCollection<EntityKind> kinds)
    {
        var kept = new List<Entity>(found.Count);
        foreach (var entity in found)
            if (entity is not null && (kinds.Count == 0 || kinds.Contains(entity.Kind))) kept.Add(entity);
        return kept;
    }

    /// <summary>A document's source text, or null (not a document, or one without a source text).</summary>
    public IDataLoaderResult<string?> DocumentText(string id) => TextBatch.Load(id);

    /// <summary>A document's first <paramref name="first"/> quotes with their facts (one loader per <paramref name="first"/>).</summary>
    public IDataLoaderResult<IReadOnlyList<QuotedFact>> QuotedFacts(string id, int first) =>
        QuoteBatches.GetOrAdd(first, static (limit, s) => new BatchLoader<string, IReadOnlyList<QuotedFact>>((ids, ct) => s.GetQuotedFactsAsync(ids, limit, ct)), store)
            .Load(id).Then(static found => found ?? []);

    /// <summary>Which relation loader serves <paramref name="query"/>: queries that differ only in the order of their
    /// types share one.</summary>
    public static string KeyOf(RelationQuery query) =>
        $"{query.Direction}:{query.Limit}:{string.Join(',', (query.Types ?? []).Order(StringComparer.Ordinal))}";
}
