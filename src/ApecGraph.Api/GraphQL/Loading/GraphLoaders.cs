using System.Collections.Concurrent;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL.DataLoader;

namespace ApecGraph.Api.GraphQL.Loading;

/// <summary>The batch loaders of one GraphQL request (registered scoped): one for entities by id,
/// one per distinct relation query for relations by entity id.</summary>
public sealed class GraphLoaders(RequestGraphStore store)
{
    private readonly BatchLoader<string, Entity> _entities = new(store.GetEntitiesAsync);
    private readonly ConcurrentDictionary<string, BatchLoader<string, IReadOnlyList<Relation>>> _relations = new();

    public IDataLoaderResult<Entity?> Entity(string id) => _entities.Load(id);

    /// <summary>The entities with these ids that exist, in the given order, without repeats.</summary>
    public IDataLoaderResult<IReadOnlyList<Entity>> Entities(IEnumerable<string> ids) =>
        LoaderResults.All(ids.Distinct().Select(Entity).ToList())
            .Then(found => (IReadOnlyList<Entity>)[.. found.OfType<Entity>()]);

    public IDataLoaderResult<IReadOnlyList<Relation>> Relations(string id, RelationQuery query) =>
        _relations.GetOrAdd(Key(query), _ => new((ids, ct) => store.GetRelationsAsync(ids, query, ct)))
            .Load(id)
            .Then(found => found ?? []);

    /// <summary>The entities at the other end of <paramref name="id"/>'s matching relations, optionally of some kinds only.</summary>
    public IDataLoaderResult Neighbours(string id, RelationQuery query, params EntityKind[] kinds) =>
        Relations(id, query).ThenLoad(relations => Entities(relations.Select(r => r.Other(id)))
            .Then(entities => (IReadOnlyList<Entity>)[.. entities.Where(e => kinds.Length == 0 || kinds.Contains(e.Kind))]));

    /// <summary>The first neighbour, or null.</summary>
    public IDataLoaderResult Neighbour(string id, RelationQuery query, params EntityKind[] kinds) =>
        Relations(id, query).ThenLoad(relations => Entities(relations.Select(r => r.Other(id)))
            .Then(entities => entities.FirstOrDefault(e => kinds.Length == 0 || kinds.Contains(e.Kind))));

    private static string Key(RelationQuery query) =>
        $"{query.Direction}:{string.Join(',', (query.Types ?? []).Order(StringComparer.Ordinal))}";
}
