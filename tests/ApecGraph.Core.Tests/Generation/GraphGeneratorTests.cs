using ApecGraph.Core.Generation;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Generation;

public sealed class GraphGeneratorTests(GeneratedGraph generated) : IClassFixture<GeneratedGraph>
{
    private KnowledgeGraph Graph => generated.Result.Graph ?? throw new InvalidOperationException("the generated graph did not load");

    private IReadOnlyList<Relation> Written => [.. Graph.Relations.Where(r => r.Type != Vocabulary.Mentions)];

    [Fact]
    public void The_graph_loads_with_no_problem_and_exactly_the_entities_asked_for()
    {
        Assert.Empty(generated.Result.Problems);
        Assert.Equal(GeneratedGraph.Entities, Graph.Entities.Count);
        Assert.Equal(generated.Summary.Relations, Written.Count);
    }

    [Fact]
    public void Every_quote_is_an_exact_slice_of_its_documents_text()
    {
        Assert.NotEmpty(QuoteAudit.Quotes(generated.GraphSeeds));
        Assert.Empty(QuoteAudit.Misses(generated.GraphSeeds, generated.Seeds, verbatim: true));
    }

    [Fact]
    public void Every_kind_occurs_and_all_21_economies()
    {
        var kinds = Graph.Entities.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enum.GetValues<EntityKind>().Order(), kinds.Keys.Order());
        Assert.Equal(21, kinds[EntityKind.Economy]);
    }

    [Fact]
    public void About_five_relations_per_entity_with_a_few_hubs_far_above_the_median()
    {
        var perEntity = (double)Written.Count / Graph.Entities.Count;
        Assert.InRange(perEntity, 4.0, 6.0);

        var degrees = Written.SelectMany(r => new[] { r.From, r.To }).CountBy(id => id).Select(p => p.Value).Order().ToList();
        var median = degrees[degrees.Count / 2];
        Assert.True(degrees[^1] > 50 * median, $"the biggest hub has degree {degrees[^1]}, the median is {median}");
        Assert.True(degrees.Count(d => d > 20 * median) >= 10, "at least ten hubs");
        Assert.Contains(Written, r => r.From == "organisation:apec" || r.To == "organisation:apec");
    }

    [Fact]
    public void Dates_come_as_days_months_and_years()
    {
        var dates = Graph.Entities.SelectMany(e => new[] { e.Property("startDate"), e.Property("date"), e.Property("published") })
            .OfType<string>().Select(PartialDate.Parse).ToList();
        Assert.Equal([DatePrecision.Day, DatePrecision.Month, DatePrecision.Year], dates.Select(d => d.Precision).Distinct().Order());
        var years = dates.Select(d => d.Start.Year).ToList();
        Assert.True(years.Min() <= 1995 && years.Max() >= 2020, $"years {years.Min()} to {years.Max()}");
    }

    [Fact]
    public void Proposals_have_one_or_several_proposers_and_meetings_have_sessions()
    {
        var proposers = Written.Where(r => r.Type == "PROPOSED").CountBy(r => r.To).Select(p => p.Value).ToList();
        Assert.Contains(1, proposers);
        Assert.Contains(proposers, n => n > 1);
        Assert.Contains(Written, r => r.Type == "PART_OF" && r.From.StartsWith("meeting:", StringComparison.Ordinal)
            && r.To.StartsWith("meeting:", StringComparison.Ordinal));
        Assert.Contains(Written, r => r.Type == "PART_OF" && r.From.StartsWith("organisation:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_of_entities_has_aliases()
    {
        var share = (double)Graph.Entities.Count(e => e.Aliases.Count > 0) / Graph.Entities.Count;
        Assert.InRange(share, 0.1, 0.9);
    }

    [Fact]
    public void Documents_are_a_few_percent_of_entities_each_with_its_own_source_text()
    {
        var documents = Graph.Entities.Where(e => e.Kind == EntityKind.Document).ToList();
        Assert.InRange((double)documents.Count / Graph.Entities.Count, 0.01, 0.06);
        Assert.All(documents, d => Assert.True(File.Exists(Path.Combine(generated.Seeds, d.Property("source")!)), d.Id));
        Assert.Equal(documents.Count, Directory.GetFiles(generated.Seeds, "*.txt").Length);
    }
}
