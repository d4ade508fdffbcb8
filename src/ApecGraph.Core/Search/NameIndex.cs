using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Search;

/// <summary>One hit of <see cref="NameIndex.SearchOrdinals(SearchQuery)"/>: the entity's ordinal, its score and the name that matched.</summary>
public sealed record NameHit(int Ordinal, double Score, string MatchedName);

/// <summary>
/// Every name and alias of a set of entities, normalised once (<see cref="TextNormalizer"/>), for ranked name search
/// that reads a few candidates per query, not every name: the names sorted by compact form (exact and prefix matches
/// are a binary-searched range), the word starts sorted by word (word matches), and posting lists of the first one to
/// three characters of each name and word and of every 1-, 2- and 3-gram (contains matches), and each kind's names
/// (a filter to kinds with few names reads just those), all in rank order. At a million entities (1.8M names): about
/// 150 MiB and 4-5 s of CPU to build (bench/README.md, "Scale: name search").
/// </summary>
public sealed class NameIndex
{
    /// <summary>
    /// The most candidate names one query matches by default (a few milliseconds of work; reading an entry of a posting
    /// list costs a sixteenth of a match, and counts against the same budget). Only a query whose hits are
    /// rare among many candidates reaches it: several common words that are rarely in one name together, or a short
    /// query with a kinds filter that rejects most candidates; it then returns fewer than
    /// <see cref="SearchQuery.First"/> hits: the first ones of the full answer, in the same order.
    /// </summary>
    public const int DefaultMaxCandidates = 20_000;

    private readonly Entity[]? entities;
    private readonly Func<int, string> name;
    private readonly Func<int, IReadOnlyList<string>> aliases;
    private readonly Parts parts;
    private readonly int maxCandidates;

    /// <summary>Indexes the entities, which it keeps to return them in <see cref="Search"/>.</summary>
    public NameIndex(IEnumerable<Entity> entities, int maxCandidates = DefaultMaxCandidates)
        : this(Materialize(entities, out var list), i => list[i].Id, i => list[i].Kind, i => list[i].Name, i => list[i].Aliases, maxCandidates) =>
        this.entities = list;

    /// <summary>
    /// Indexes <paramref name="count"/> entities given by ordinal, keeping no entity record: ids are read once to rank
    /// them, kinds are kept as one byte each, and <paramref name="name"/> / <paramref name="aliases"/> are called again
    /// only for the matched name of a hit, so they must keep answering as at construction. Ids are expected unique.
    /// </summary>
    public NameIndex(int count, Func<int, string> id, Func<int, EntityKind> kind, Func<int, string> name,
        Func<int, IReadOnlyList<string>> aliases, int maxCandidates = DefaultMaxCandidates)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCandidates);
        this.name = name ?? throw new ArgumentNullException(nameof(name));
        this.aliases = aliases ?? throw new ArgumentNullException(nameof(aliases));
        this.maxCandidates = maxCandidates;
        var kinds = new byte[count];
        for (var i = 0; i < count; i++) kinds[i] = (byte)kind(i);
        var table = new NameTable(count, id, name, aliases);
        var codes = new CharCodes(table.Text);
        var postings = BuildWork.Start(table.Count, () => new PostingLists(table, codes));
        parts = new Parts(table, new SortedNames(table, codes), postings.Result, kinds, EntriesOfKind(table, kinds));
    }

    /// <summary>
    /// Ranks entities by their best-matching name: exact name (score 1), exact alias or acronym (0.95; compact forms
    /// compare, so "U.S.A." is "usa"), then prefix, then every query word starting a word of the name (in any order),
    /// then a looser contains match of the compact forms. Within a tier a shorter name scores higher; equal scores
    /// fall back to the shorter name, then the ordinal id. An entity appears once, with its best name (its name before
    /// an alias at equal score). Blank text finds nothing. At most <c>maxCandidates</c> names are read (see
    /// <see cref="DefaultMaxCandidates"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The index was built by ordinal; use <see cref="SearchOrdinals(SearchQuery)"/>.</exception>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        if (entities is null) throw new InvalidOperationException("This index keeps no entities: use SearchOrdinals.");
        return [.. SearchOrdinals(query).Select(hit => new SearchHit(entities[hit.Ordinal], hit.Score, hit.MatchedName))];
    }

    /// <summary>The hits of <see cref="Search"/>, as entity ordinals.</summary>
    public IReadOnlyList<NameHit> SearchOrdinals(SearchQuery query) => SearchOrdinals(query, maxCandidates);

    /// <summary>The hits of <see cref="Search"/>, as entity ordinals, reading at most <paramref name="maxCandidates"/>.</summary>
    public IReadOnlyList<NameHit> SearchOrdinals(SearchQuery query, int maxCandidates)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCandidates);
        var text = TextNormalizer.Normalize(query.Text);
        if (text.Length == 0 || query.First <= 0)
        {
            return [];
        }
        bool[]? allowed = null;
        if (query.Kinds is { Count: > 0 })
        {
            allowed = new bool[byte.MaxValue + 1];
            foreach (var kind in query.Kinds) allowed[(byte)kind] = true;
        }
        var hits = new NameSearch(parts, new NameMatch.Probe(text), allowed, query.First, maxCandidates * 16L).Run();
        return [.. hits.Select(hit => new NameHit(parts.Table.Ordinal[hit.Entry], hit.Score, MatchedName(hit.Entry)))];
    }

    private string MatchedName(int entry)
    {
        var ordinal = parts.Table.Ordinal[entry];
        return parts.Table.Alias[entry] < 0 ? name(ordinal) : aliases(ordinal)[parts.Table.Alias[entry]];
    }

    private static int Materialize(IEnumerable<Entity> entities, out Entity[] list)
    {
        ArgumentNullException.ThrowIfNull(entities);
        list = [.. entities];
        return list.Length;
    }

    // Each kind's entries in ascending order, so that a query filtered to rare kinds reads only theirs.
    private static int[][] EntriesOfKind(NameTable table, byte[] kinds)
    {
        var counts = new int[byte.MaxValue + 1];
        foreach (var ordinal in table.Ordinal) counts[kinds[ordinal]]++;
        var lists = counts.Select(n => new int[n]).ToArray();
        Array.Clear(counts);
        for (var e = 0; e < table.Count; e++)
        {
            var kind = kinds[table.Ordinal[e]];
            lists[kind][counts[kind]++] = e;
        }
        return lists;
    }

    /// <summary>The structures a query reads.</summary>
    internal sealed record Parts(NameTable Table, SortedNames Sorted, PostingLists Postings, byte[] Kinds, int[][] EntriesOfKind);
}
