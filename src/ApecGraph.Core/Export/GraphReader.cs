using System.Runtime.CompilerServices;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Export;

/// <summary>
/// Reads a whole graph from any <see cref="IGraphStore"/> one page of entities at a time (keyset paging on the id), so
/// that an export holds one page, never the graph: the embedded store hands out its own sorted list, Neo4j answers one
/// statement per page. Relations are read as each page's outgoing relations, so every relation comes exactly once.
/// </summary>
public static class GraphReader
{
    /// <summary>Entities per page (one store call, and for relations one more, per page).</summary>
    public const int DefaultPageSize = 500;

    private static readonly RelationQuery Outgoing = new() { Direction = Direction.Out, Limit = int.MaxValue };

    /// <summary>Every entity, in order of id.</summary>
    public static async IAsyncEnumerable<Entity> EntitiesAsync(IGraphStore store, int pageSize = DefaultPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(store, pageSize, cancellationToken).ConfigureAwait(false))
            foreach (var entity in page)
                yield return entity;
    }

    /// <summary>Every relation (the derived MENTIONS included), by its source's id, then type, then id.</summary>
    public static async IAsyncEnumerable<Relation> RelationsAsync(IGraphStore store, int pageSize = DefaultPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(store, pageSize, cancellationToken).ConfigureAwait(false))
        {
            var ids = page.Select(e => e.Id).ToArray();
            var byEntity = await store.GetRelationsAsync(ids, Outgoing, cancellationToken).ConfigureAwait(false);
            foreach (var id in ids)
                foreach (var relation in byEntity[id])
                    yield return relation;
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<Entity>> PagesAsync(IGraphStore store, int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        string? after = null;
        while (true)
        {
            var page = await store.ListEntitiesAsync(new EntityQuery { First = pageSize, AfterId = after }, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count == 0) yield break;
            yield return page.Items;
            if (!page.HasNextPage) yield break;
            after = page.Items[^1].Id;
        }
    }
}
