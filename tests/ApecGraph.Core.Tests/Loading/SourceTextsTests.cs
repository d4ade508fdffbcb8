using ApecGraph.Core.Loading;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class SourceTextsTests
{
    [Fact]
    public void A_quote_is_found_at_the_same_place_after_the_folded_copies_are_released()
    {
        using var graph = new TempGraph();
        var texts = new SourceTexts(graph.Seeds);
        const string quote = "Malaysia successfully chaired the APEC Virtual Extraordinary";
        var before = texts.Locate(TempGraph.SourceFile, quote);

        texts.ReleaseFolded();
        var after = texts.Locate(TempGraph.SourceFile, quote);

        Assert.NotNull(before);
        Assert.Equal(before, after);
        // The stored text wraps the quote over a line break: the span covers it as stored.
        Assert.Equal("Malaysia successfully chaired the APEC Virtual\nExtraordinary",
            TempGraph.SourceText[before.Value.Start..before.Value.End]);
    }
}
