using System.Text.RegularExpressions;
using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Store;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Store;

/// <summary>
/// The full-text query finds every entity Core's ranking can score, for every prefix, word prefix and substring of the
/// repository's names. What the index matches is modelled here for the query's restricted form only (whitespace terms,
/// <c>term*</c>, <c>AND</c>, two fields joined by <c>OR</c>); the Neo4j suite runs the same search on a real index.
/// </summary>
public sealed partial class SearchIndexTests
{
    private static readonly IReadOnlyList<Entity> Entities = RepositoryGraph.Graph.Entities;

    public static TheoryData<string> Texts()
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal) { "Ministry of International Trade", "covid19", "c", "of", "apec leaders", "trade ministry" };
        foreach (var name in Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Select(TextNormalizer.Normalize))
        {
            var compact = TextNormalizer.Compact(name);
            for (var n = 1; n <= name.Length; n += 3) texts.Add(name[..n]);                           // prefixes
            for (var i = 0; i < compact.Length; i += 4) texts.Add(compact.Substring(i, Math.Min(5, compact.Length - i))); // substrings
            var words = name.Split(' ');
            if (words.Length > 2) texts.Add($"{words[^1][..Math.Min(3, words[^1].Length)]} {words[0][..Math.Min(2, words[0].Length)]}"); // word prefixes, out of order
        }
        return [.. texts];
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_candidates_hold_every_entity_the_ranking_scores(string text)
    {
        var scored = new NameIndex(Entities).Search(new SearchQuery(text, First: 1000)).Select(h => h.Entity.Id).ToHashSet();
        var candidates = Matching(SearchIndex.Query(TextNormalizer.Normalize(text))).ToHashSet();

        Assert.NotEmpty(scored);
        Assert.Subset(candidates, scored);
    }

    [Fact]
    public void A_precise_text_finds_few_candidates_not_every_entity()
    {
        var candidates = Matching(SearchIndex.Query(TextNormalizer.Normalize("Ministry of International Trade"))).ToList();

        Assert.InRange(candidates.Count, 1, 5);
    }

    [Fact]
    public void A_long_text_sends_a_bounded_number_of_terms()
    {
        var query = SearchIndex.Query(TextNormalizer.Normalize(string.Join(' ', Enumerable.Range(0, 200).Select(i => $"word{i}"))));

        Assert.True(Regex.Matches(query, " AND ").Count <= 2 * (SearchIndex.MaxTerms - 1), query);
    }

    [Theory]
    [InlineData("a+b", @"a\+b")]
    [InlineData(@"(x) AND y:z* \ ~1 ""q"" [a TO b] {c} ^2 !n &&|| ?/", @"\(x\)\ AND\ y\:z\*\ \\\ \~1\ \""q\""\ \[a\ TO\ b\]\ \{c\}\ \^2\ \!n\ \&\&\|\|\ \?\/")]
    public void Lucene_syntax_in_a_term_is_escaped(string term, string escaped) => Assert.Equal(escaped, SearchIndex.Escape(term));

    [Fact]
    public void The_text_travels_as_a_parameter_and_the_kinds_filter_the_candidates()
    {
        var statement = SearchIndex.Candidates("ministry", [EntityKind.Organisation]);

        Assert.Contains("db.index.fulltext.queryNodes($index, $query", statement.Text);
        Assert.DoesNotContain("ministry", statement.Text);
        Assert.Equal(SearchIndex.Query("ministry"), statement.Parameters["query"]);
        Assert.Equal(new[] { "Organisation" }, (string[])statement.Parameters["kinds"]!);
        Assert.Equal(1000, statement.Parameters["limit"]);
    }

    // The entities whose indexed properties match `query` (searchWords:(...) OR searchGrams:(...), terms joined by AND).
    private static IEnumerable<string> Matching(string query)
    {
        var parts = QueryShape().Match(query);
        Assert.True(parts.Success, query);
        var words = Terms(parts.Groups[1].Value);
        var grams = Terms(parts.Groups[2].Value);
        foreach (var entity in Entities)
        {
            var properties = SearchIndex.Properties(entity);
            if (Holds(words, properties[SearchIndex.Words]) || Holds(grams, properties[SearchIndex.Grams])) yield return entity.Id;
        }
    }

    private static List<string> Terms(string part) => [.. part.Split(" AND ")];

    // Every term is a token of the field (whitespace-separated), or a prefix of one where it ends in an unescaped *.
    private static bool Holds(List<string> terms, object? field)
    {
        if (field is not string text) return false;
        var tokens = text.Split(' ');
        return terms.All(term => term.EndsWith('*') && !term.EndsWith(@"\*")
            ? tokens.Any(t => t.StartsWith(Unescape(term[..^1]), StringComparison.Ordinal))
            : tokens.Contains(Unescape(term)));
    }

    private static string Unescape(string term) => EscapedCharacter().Replace(term, "$1");

    [GeneratedRegex(@"^searchWords:\((.*)\) OR searchGrams:\((.*)\)$")]
    private static partial Regex QueryShape();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex EscapedCharacter();
}
