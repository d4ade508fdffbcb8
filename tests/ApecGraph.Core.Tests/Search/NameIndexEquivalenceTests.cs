using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Search;

/// <summary>
/// The index against the scanning implementation it replaced (<see cref="ReferenceNameIndex"/>): the same hits, scores,
/// order and matched names for every name, alias, prefix, word, substring, acronym, one- and two-character query, with
/// and without kinds filters, for First 1, 5 and 50.
/// </summary>
public sealed class NameIndexEquivalenceTests
{
    private static readonly Lazy<Entity[]> Synthetic = new(() => [.. SyntheticNames.Generate(20_000, seed: 12)]);

    [Fact]
    public void The_repository_graph_ranks_as_the_scan_did()
    {
        var entities = GraphLoader.Load(RepositoryPaths.Sources).Graph!.Entities.ToArray();

        AssertSame(entities, Queries(entities, new Random(1), names: int.MaxValue));
    }

    [Fact]
    public void A_synthetic_graph_with_shared_words_ranks_as_the_scan_did()
    {
        var entities = Synthetic.Value;

        AssertSame(entities, Queries(entities, new Random(2), names: 150));
    }

    [Fact]
    public void Edge_cases_rank_as_the_scan_did()
    {
        // aliases equal but for spaces (the one whose normalised form is the query's wins, else the first); names no
        // longer than the query, where every word match scores the same and a name beats a shorter alias
        Entity[] entities =
        [
            Graphs.Entity("topic:spaced", "Spaced", ["AB", "A B", "A-B"]),
            Graphs.Entity("topic:joined", "Joined", ["A B C", "ABC", "A.B.C."]),
            Graphs.Entity("topic:long-name", "abcdef", ["abc"]),
            Graphs.Entity("topic:short-name", "abcd"),
            Graphs.Entity("topic:alias-only", "zzzzzzzzzzzz", ["ab"]),
            Graphs.Entity("economy:same", "ab cd", ["ab cd", "cd ab"]),
        ];
        string[] texts = ["a b", "ab", "a-b", "abc", "a b c", "ab ab ab ab", "ab ab", "a a a a a a a", "cd ab", "abcd"];

        AssertSame(entities, texts.SelectMany(text => new[] { 1, 5, 50 }.Select(first => new SearchQuery(text, null, first)))
            .Concat(Queries(entities, new Random(4), names: int.MaxValue)), minimum: 100);
    }

    [Fact]
    public void A_capped_search_returns_the_first_hits_of_the_full_answer()
    {
        var entities = Synthetic.Value;
        var capped = new NameIndex(entities, maxCandidates: 40);
        var full = new NameIndex(entities, maxCandidates: int.MaxValue);
        var shortened = 0;

        foreach (var query in Queries(entities, new Random(3), names: 60))
        {
            var all = full.Search(query);
            var some = capped.Search(query);
            Assert.Equal(Describe(all.Take(some.Count)), Describe(some));
            shortened += some.Count < all.Count ? 1 : 0;
        }
        Assert.True(shortened > 0, "the cap never shortened an answer");
    }

    private static void AssertSame(Entity[] entities, IEnumerable<SearchQuery> queries, int minimum = 500)
    {
        var reference = new ReferenceNameIndex(entities);
        var index = new NameIndex(entities, maxCandidates: int.MaxValue);
        var count = 0;
        foreach (var query in queries)
        {
            var expected = Describe(reference.Search(query));
            Assert.True(expected.SequenceEqual(Describe(index.Search(query))),
                $"{Show(query)}\nexpected:\n{string.Join("\n", expected)}\nactual:\n{string.Join("\n", Describe(index.Search(query)))}");
            count++;
        }
        Assert.True(count > minimum, $"only {count} queries");
    }

    private static string[] Describe(IEnumerable<SearchHit> hits) =>
        [.. hits.Select(hit => $"{hit.Entity.Id} {hit.Score:R} {hit.MatchedName}")];

    private static string Show(SearchQuery query) =>
        $"\"{query.Text}\" kinds [{string.Join(",", query.Kinds ?? [])}] first {query.First}";

    // Texts drawn from the names themselves (all of them, or a sample), then each with a First and maybe a kinds filter.
    private static IEnumerable<SearchQuery> Queries(Entity[] entities, Random random, int names)
    {
        EntityKind[] kinds = Enum.GetValues<EntityKind>();
        int[] firsts = [1, 5, 50];
        var texts = Texts(entities.OrderBy(_ => random.Next()).Take(names), random)
            .Concat(Enumerable.Range('a', 26).Select(c => ((char)c).ToString()))
            .Concat(Enumerable.Range(0, 10).Select(d => d.ToString()))
            .Concat(Enumerable.Range(0, 60).Select(_ => $"{(char)random.Next('a', 'z' + 1)}{(char)random.Next('a', 'z' + 1)}"))
            .Concat(["a a a a a a", "of of", "ab ab ab ab", "m i t i", "trade trade trade", "of the", "u.s.a", "covid 19", "’"]);
        foreach (var text in texts)
        {
            var filter = random.Next(3) == 0 ? kinds.Where(_ => random.Next(3) == 0).ToArray() : null;
            yield return new SearchQuery(text, filter, firsts[random.Next(firsts.Length)]);
        }
    }

    private static IEnumerable<string> Texts(IEnumerable<Entity> entities, Random random)
    {
        foreach (var entity in entities)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                var normalized = TextNormalizer.Normalize(name);
                var compact = TextNormalizer.Compact(normalized);
                var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                yield return name;
                if (compact.Length == 0) continue;
                yield return name[..random.Next(1, name.Length + 1)];
                yield return compact[..random.Next(1, compact.Length + 1)];
                var start = random.Next(compact.Length);
                yield return compact.Substring(start, random.Next(1, compact.Length - start + 1));
                yield return words[random.Next(words.Length)];
                yield return string.Concat(words.Select(w => w[0]));
                yield return string.Join(" ", words.Reverse().Select(w => w[..random.Next(1, w.Length + 1)]));
            }
        }
    }
}
