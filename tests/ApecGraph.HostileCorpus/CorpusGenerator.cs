using ApecGraph.HostileCorpus.Generators;
using ApecGraph.HostileCorpus.Schema;

namespace ApecGraph.HostileCorpus;

/// <summary>Builds the hostile corpus: the same requests, in the same order, for the same seed and schema.</summary>
public static class CorpusGenerator
{
    /// <summary>The seed the test and the bench runner use unless told otherwise.</summary>
    public const int DefaultSeed = 20261124;

    /// <summary>Every request of the corpus (over 10,000), ids in order.</summary>
    public static IReadOnlyList<HostileRequest> Generate(SchemaModel schema, int seed = DefaultSeed)
    {
        // One Random per category, seeded by its position, so that a change to one category leaves the others as they were.
        Func<Random, IEnumerable<HostileRequest>>[] generators =
        [
            JsonAbuse.Malformed, JsonAbuse.WrongTypes, EncodingAbuse.Bodies, EncodingAbuse.QueryStrings,
            SizeAbuse.HugeNumbers, SizeAbuse.HugeStrings, ShapeAbuse.DeepSelections, ShapeAbuse.DeepValues, ShapeAbuse.Wide,
            BombAbuse.Aliases, BombAbuse.Fragments, BombAbuse.Directives, BombAbuse.CostBombs,
            DocumentAbuse.UnknownNames, DocumentAbuse.OperationTypes, DocumentAbuse.Introspection,
            r => SchemaAbuse.Documents(r, schema, near: false, count: 1600), r => SchemaAbuse.Documents(r, schema, near: true, count: 1600),
            HttpAbuse.Methods, HttpAbuse.ContentTypes, HttpAbuse.Headers, RawAbuse.Slow, RawAbuse.Raw,
        ];
        var all = new List<HostileRequest>();
        for (var g = 0; g < generators.Length; g++)
            all.AddRange(generators[g](new Random(unchecked(seed * 31 + g))));
        return [.. all.Select((request, id) => request with { Id = id })];
    }

    /// <summary>A fixed sample of <paramref name="size"/> requests, stratified: every category gets an equal share
    /// (or all it has), the rest spread over the larger ones; optionally without raw-socket requests or known cost bombs.</summary>
    public static IReadOnlyList<HostileRequest> Sample(IReadOnlyList<HostileRequest> corpus, int size, int seed = DefaultSeed,
        Func<HostileRequest, bool>? include = null)
    {
        var r = new Random(seed);
        var groups = corpus.Where(include ?? (_ => true)).GroupBy(q => q.Category)
            .Select(g => g.OrderBy(_ => r.Next()).ToList()).OrderBy(g => g.Count).ToList();
        var picked = new List<HostileRequest>();
        for (var i = 0; i < groups.Count; i++)
        {
            var share = (size - picked.Count) / (groups.Count - i);
            picked.AddRange(groups[i].Take(share));
        }
        return [.. picked.OrderBy(q => q.Id)];
    }
}
