using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class MentionsTests
{
    [Fact]
    public void A_document_mentions_entities_quoted_in_their_or_their_relations_evidence()
    {
        using var graph = TempGraph.WithValidBase();

        var mentions = graph.Load().Graph!.Relations.Where(r => r.Type == Vocabulary.Mentions).ToList();

        Assert.Equal(
            ["document:release|MENTIONS|economy:malaysia", "document:release|MENTIONS|meeting:vesom"],
            mentions.Select(r => r.Id));
        Assert.All(mentions, m => Assert.Equal("document:release", m.From));
        // the meeting's own two quotes, then the relation's quote
        Assert.Equal(3, mentions[1].Evidence.Count);
        Assert.All(mentions[1].Evidence, e => Assert.Equal("document:release", e.DocumentId));
    }

    [Fact]
    public void A_document_does_not_mention_itself()
    {
        using var graph = TempGraph.WithValidBase();

        Assert.DoesNotContain(graph.Load().Graph!.Relations, r => r.From == r.To);
    }

    [Fact]
    public void Evidence_is_the_distinct_quotes_a_few_at_most()
    {
        var evidence = Enumerable.Range(0, 6).Select(i => new Evidence("document:d", $"quote {i % 4}")).ToList();
        var entity = Graphs.Entity("topic:t") with { Evidence = evidence };
        var relation = Graphs.Relation("topic:t", "CITES", "topic:u") with { Evidence = [new Evidence("document:d", "quote 0")] };

        var mentions = Mentions.Derive([entity, Graphs.Entity("topic:u")], [relation]);

        Assert.Equal(["document:d|MENTIONS|topic:t", "document:d|MENTIONS|topic:u"], mentions.Select(m => m.Id));
        Assert.Equal(["quote 0", "quote 1", "quote 2"], mentions[0].Evidence.Select(e => e.Quote));
        Assert.Equal(Mentions.MaxQuotes, mentions[0].Evidence.Count);
        Assert.Equal(["quote 0"], mentions[1].Evidence.Select(e => e.Quote));
    }
}
