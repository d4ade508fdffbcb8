using ApecGraph.Core.Embedded;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Embedded;

/// <summary>The embedded store's quotes of a document with the facts they support, and its source text.</summary>
public sealed class QuotedFactsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_quote_of_a_document_comes_with_its_fact_in_text_order_without_mentions()
    {
        using var temp = TempGraph.WithValidBase();
        var store = new EmbeddedGraphStore(temp.Load().Graph!);

        var facts = (await store.GetQuotedFactsAsync(["document:release", "document:none"], 50, Token));

        Assert.Empty(facts["document:none"]);
        // TempGraph.ValidYaml's five quotes, ordered by where they start in TempGraph.SourceText; the title quote and the
        // format quote start together ("Media Release – Malaysia chairs ..." vs "Malaysia chairs ..." starts later).
        Assert.Equal(
            [
                ("document:release", "Media Release – Malaysia chairs the first fully virtual meeting"),
                ("meeting:vesom", "Malaysia chairs the first fully virtual meeting"),
                ("economy:malaysia", "Malaysia successfully chaired"),
                ("economy:malaysia|CHAIRED|meeting:vesom", "Malaysia successfully chaired the APEC Virtual Extraordinary Senior Officials’ Meeting (VESOM)"),
                ("meeting:vesom", "Senior Officials’ Meeting (VESOM) on COVID-19 yesterday, 27 May 2020."),
            ],
            facts["document:release"].Select(f => (f.FactId, f.Evidence.Quote)));
        Assert.Equal("CHAIRED", facts["document:release"][3].Relation!.Type);
        Assert.Null(facts["document:release"][3].Entity);
        Assert.Equal(["startDate"], facts["document:release"][4].Entity!.Evidence[0].Supports);
    }

    [Fact]
    public async Task The_limit_keeps_the_first_facts()
    {
        using var temp = TempGraph.WithValidBase();
        var store = new EmbeddedGraphStore(temp.Load().Graph!);

        var facts = await store.GetQuotedFactsAsync(["document:release"], 2, Token);

        Assert.Equal(["document:release", "meeting:vesom"], facts["document:release"].Select(f => f.FactId));
    }

    [Fact]
    public async Task Texts_are_returned_for_documents_with_a_source_only()
    {
        using var temp = TempGraph.WithValidBase();
        var store = new EmbeddedGraphStore(temp.Load().Graph!);

        var texts = await store.GetDocumentTextsAsync(["document:release", "economy:malaysia", "document:none"], Token);

        Assert.Equal(TempGraph.SourceText, Assert.Single(texts).Value);
    }
}
