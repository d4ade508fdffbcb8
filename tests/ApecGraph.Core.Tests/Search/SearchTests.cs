using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using static ApecGraph.Core.Tests.Support.Graphs;

namespace ApecGraph.Core.Tests.Search;

public sealed class SearchTests
{
    private static readonly EmbeddedGraphStore Store = new(new KnowledgeGraph(
        [
            Entity("organisation:miti-office", "MITI Regional Office"),
            Entity("organisation:miti", "Ministry of International Trade and Industry", ["MITI"]),
            Entity("topic:semitic", "Semitic studies"),
            Entity("organisation:miti-japan", "MITI"),
            Entity("topic:agenda", "Report on the new MITI agenda"),
            Entity("economy:china", "People’s Republic of China", ["China", "PRC"]),
            Entity("economy:usa", "United States", ["U.S.A."]),
            Entity("economy:cote-divoire", "Côte d’Ivoire"),
            Entity("meeting:vesom", "APEC Virtual Extraordinary Senior Officials’ Meeting on COVID-19", ["VESOM"]),
            Entity("meeting:som", "APEC Senior Officials’ Meeting"),
        ],
        []));

    private static Task<IReadOnlyList<SearchHit>> Search(string text, IReadOnlyCollection<EntityKind>? kinds = null, int first = 10) =>
        Store.SearchAsync(new SearchQuery(text, kinds, first), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Exact_name_then_acronym_then_prefix_then_words_then_contains()
    {
        var hits = await Search("miti");

        Assert.Equal(
            ["organisation:miti-japan", "organisation:miti", "organisation:miti-office", "topic:agenda", "topic:semitic"],
            hits.Select(h => h.Entity.Id));
        Assert.Equal(["MITI", "MITI", "MITI Regional Office", "Report on the new MITI agenda", "Semitic studies"], hits.Select(h => h.MatchedName));
        Assert.Equal(1.0, hits[0].Score);
        Assert.All(hits, h => Assert.InRange(h.Score, double.Epsilon, 1.0));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Entity.Id), hits.Select(h => h.Entity.Id));
    }

    [Theory]
    [InlineData("peoples republic of china", "economy:china")]
    [InlineData("PEOPLE'S REPUBLIC OF CHINA", "economy:china")]
    [InlineData("usa", "economy:usa")]
    [InlineData("cote d'ivoire", "economy:cote-divoire")]
    [InlineData("Senior Officials Meeting on covid19", "meeting:vesom")]
    public async Task Folds_case_accents_and_punctuation(string text, string id)
    {
        var hits = await Search(text);

        Assert.Equal(id, hits[0].Entity.Id);
    }

    [Fact]
    public async Task Every_query_word_may_start_a_word_of_the_name_in_any_order()
    {
        var hits = await Search("senior offic apec");

        // both match on words; the shorter name ranks first
        Assert.Equal(["meeting:som", "meeting:vesom"], hits.Select(h => h.Entity.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Kinds_filter_and_first_limit()
    {
        var organisations = await Search("miti", [EntityKind.Topic]);
        var top2 = await Search("miti", first: 2);

        Assert.Equal(["topic:agenda", "topic:semitic"], organisations.Select(h => h.Entity.Id));
        Assert.Equal(["organisation:miti-japan", "organisation:miti"], top2.Select(h => h.Entity.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("’.-")]
    public async Task Blank_text_finds_nothing(string text) => Assert.Empty(await Search(text));

    [Fact]
    public async Task An_entity_appears_once_with_its_best_name()
    {
        var hits = await Search("china");

        var hit = Assert.Single(hits);
        Assert.Equal("China", hit.MatchedName);
        Assert.Equal(0.95, hit.Score);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Equal_scores_are_ranked_by_ordinal_id_whatever_the_order_the_entities_come_in(int order)
    {
        // nine entities with the same name: one tier, one name length, so only the id can order them; ordinal order
        // puts "topic:B" before "topic:a" (a culture-aware comparison would not)
        string[] ids = ["topic:tie-5", "topic:a", "topic:tie-1", "topic:tie-10", "topic:B", "topic:tie-2", "topic:tie-0", "topic:aa", "topic:tie-9"];
        var random = new Random(order);
        IEnumerable<string> arranged = order switch
        {
            0 => ids,
            1 => ids.Reverse(),
            _ => ids.OrderBy(_ => random.Next()), // two fixed shuffles
        };
        var store = new EmbeddedGraphStore(new KnowledgeGraph([.. arranged.Select(id => Entity(id, "Trade Office"))], []));

        var hits = await store.SearchAsync(new SearchQuery("trade office", First: 5), TestContext.Current.CancellationToken);

        Assert.Equal(["topic:B", "topic:a", "topic:aa", "topic:tie-0", "topic:tie-1"], hits.Select(h => h.Entity.Id));
    }
}
