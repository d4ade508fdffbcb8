using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Store;

/// <summary>
/// An <see cref="IGraphStore"/> over Neo4j's HTTP API, answering as the embedded store does for the same graph (as
/// <c>ApecGraph.Cli import</c> writes it). Every call is at most one request carrying one statement, whatever the
/// number of ids, sent in READ access mode; calls that cannot match anything (no ids, blank search text) send none. Outages surface as
/// <see cref="GraphStoreUnavailableException"/> after retries; nothing is cached, so the store recovers as soon as
/// Neo4j answers again.
/// </summary>
public sealed class Neo4jGraphStore(Neo4jHttpClient client) : IGraphStore, IPrefetchingGraphStore
{
    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (distinct.Length == 0) return found;
        var result = await client.ReadAsync(Statements.Entities(distinct), cancellationToken).ConfigureAwait(false);
        foreach (var row in result.Rows)
        {
            var entity = Rows.Entity(row["entity"]);
            found[entity.Id] = entity;
        }
        return found;
    }

    /// <summary>Each entity's relations, ordered by type, then id; every requested id is a key.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default)
    {
        var distinct = entityIds.Distinct(StringComparer.Ordinal).ToArray();
        var lists = distinct.ToDictionary(id => id, _ => new List<Relation>(), StringComparer.Ordinal);
        if (distinct.Length > 0)
        {
            var result = await client.ReadAsync(Statements.Relations(distinct, query), cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
                lists[row["id"].GetString()!].Add(Rows.Relation(row["relation"]));
        }
        return lists.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<Relation>)[.. pair.Value.Order(RelationOrder.ByTypeThenId)],
            StringComparer.Ordinal);
    }

    public async Task<EntityPage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        var result = await client.ReadAsync(EntityListStatement.Build(query), cancellationToken).ConfigureAwait(false);
        return Page(result.SingleRow(), query);
    }

    /// <summary>The page and what <paramref name="plan"/> asks below it, in one statement (<see cref="PrefetchStatement"/>).</summary>
    public async Task<(EntityPage Page, Prefetched Prefetched)> ListWithPrefetchAsync(EntityQuery query, PrefetchPlan plan, CancellationToken cancellationToken = default)
    {
        var row = (await client.ReadAsync(PrefetchStatement.Build(query, plan), cancellationToken).ConfigureAwait(false)).SingleRow();
        var prefetched = new Prefetched();
        PrefetchStatement.Read(row["trees"].EnumerateArray().Select(tree => (tree.GetProperty("id").GetString()!, tree.GetProperty("t"))), plan, prefetched);
        return (Page(row, query), prefetched);
    }

    /// <summary>Entities by id and what <paramref name="plan"/> asks of them, in one statement (<see cref="PrefetchStatement.ById"/>).</summary>
    public async Task<Prefetched> PrefetchAsync(IReadOnlyCollection<string> ids, PrefetchPlan plan, CancellationToken cancellationToken = default)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        var prefetched = new Prefetched();
        if (distinct.Length == 0) return prefetched;
        var result = await client.ReadAsync(PrefetchStatement.ById(distinct, plan), cancellationToken).ConfigureAwait(false);
        PrefetchStatement.ReadById(result.Rows.Select(row => (Rows.Entity(row["entity"]), row["t"])), plan, prefetched);
        return prefetched;
    }

    private static EntityPage Page(IReadOnlyDictionary<string, JsonElement> row, EntityQuery query)
    {
        var order = query.Order;
        var fetched = row["items"].EnumerateArray().Select(Rows.Entity)
            .Order(Comparer<Entity>.Create((a, b) => order.Compare(order.KeyOf(a), a.Id, order.KeyOf(b), b.Id))).ToList();
        return new EntityPage([.. fetched.Take(query.First)], Rows.Int(row["total"]), fetched.Count > query.First);
    }

    /// <summary>Grouped counts in one statement (<see cref="GroupCountStatement"/>), as the embedded store counts them.</summary>
    public async Task<GroupCounts> CountAsync(GroupQuery query, CancellationToken cancellationToken = default)
    {
        var row = (await client.ReadAsync(GroupCountStatement.Build(query), cancellationToken).ConfigureAwait(false)).SingleRow();
        var groups = row["groups"].EnumerateArray()
            .Select(g => new GroupCount(g.GetProperty("k").ValueKind == JsonValueKind.Null ? null : g.GetProperty("k").GetString(), Rows.Int(g.GetProperty("n"))))
            .Order(GroupOrder.ByCountThenKey);
        return new GroupCounts([.. groups], Rows.Int(row["total"]));
    }

    /// <summary>Ranked name and alias search: candidates from the full-text index (<see cref="SearchIndex"/>), ranked by Core's
    /// <see cref="NameIndex"/> exactly as the embedded store ranks.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var normalized = TextNormalizer.Normalize(query.Text);
        if (normalized.Length == 0 || query.First <= 0) return [];
        var result = await client.ReadAsync(SearchIndex.Candidates(normalized, query.Kinds), cancellationToken).ConfigureAwait(false);
        var candidates = result.Rows.Select(row => Rows.Entity(row["entity"])).ToList();
        return new NameIndex(candidates).Search(query);
    }

    /// <summary>
    /// The embedded store's paths (see <see cref="Core.Embedded.EmbeddedGraphStore.FindPathsAsync"/>), found by Neo4j's
    /// <c>SHORTEST k GROUPS</c> search.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PathQuery.MaxHops"/> above <see cref="PathQuery.MaxHopsLimit"/>.</exception>
    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        if (query.First <= 0 || query.MaxHops < 0) return [];
        if (query.From == query.To)
        {
            var exists = await client.ReadAsync(Statements.Exists(query.From), cancellationToken).ConfigureAwait(false);
            return exists.Rows.Count > 0 ? [new GraphPath([query.From], [])] : [];
        }
        if (query.MaxHops == 0) return [];
        var result = await client.ReadAsync(PathStatement.Build(query), cancellationToken).ConfigureAwait(false);
        return PathAssembler.Assemble(
            result.Rows.Select(row => (Rows.Strings(row["ids"]), (IReadOnlyList<Relation>)[.. row["relations"].EnumerateArray().Select(Rows.Relation)])),
            query.First);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetDocumentTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        var distinct = documentIds.Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (distinct.Length == 0) return found;
        var result = await client.ReadAsync(QuoteStatement.Texts(distinct), cancellationToken).ConfigureAwait(false);
        foreach (var row in result.Rows) found[row["id"].GetString()!] = row["text"].GetString()!;
        return found;
    }

    /// <summary>Each document's quoted facts, in <see cref="QuotedFact.InTextOrder"/> (Cypher orders them, from the
    /// positions the import wrote); every requested id is a key.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<QuotedFact>>> GetQuotedFactsAsync(IReadOnlyCollection<string> documentIds, int limit, CancellationToken cancellationToken = default)
    {
        var distinct = documentIds.Distinct(StringComparer.Ordinal).ToArray();
        var lists = distinct.ToDictionary(id => id, _ => new List<QuotedFact>(), StringComparer.Ordinal);
        var take = Math.Clamp(limit, 0, QuotedFact.MaxPerDocument);
        if (distinct.Length > 0 && take > 0)
        {
            var result = await client.ReadAsync(QuoteStatement.Facts(distinct, take), cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
                lists[row["doc"].GetString()!].Add(Rows.QuotedFact(row));
        }
        return lists.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<QuotedFact>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>Kind <c>Neo4j</c> and the stored counts; <see cref="GraphStoreUnavailableException"/> when Neo4j does not answer.</summary>
    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var row = (await client.ReadAsync(Statements.Status(), cancellationToken).ConfigureAwait(false)).SingleRow();
        return new StoreStatus("Neo4j", Rows.Int(row["entities"]), Rows.Int(row["relations"]));
    }

    /// <summary>The <c>:GraphInfo</c> node the import wrote, or null when there is none (a graph imported before versions
    /// were recorded: import again).</summary>
    public async Task<GraphInfo?> GetGraphInfoAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.ReadAsync(Statements.GraphInfo(), cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : Rows.GraphInfo(result.Rows[0]["info"]);
    }
}
