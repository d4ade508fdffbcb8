using ApecGraph.Core.Search;

namespace ApecGraph.Core.Tests.Search;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("People’s Republic of China", "peoples republic of china")]
    [InlineData("People's Republic of China", "peoples republic of china")]
    [InlineData("U.S.A.", "usa")]
    [InlineData("MITI", "miti")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("  Viet   Nam\n", "viet nam")]
    [InlineData("Asia-Pacific (APEC) / 2020", "asia pacific apec 2020")]
    [InlineData("Ｆｕｌｌｗｉｄｔｈ", "fullwidth")]
    [InlineData("—", "")]
    public void Folds_case_accents_apostrophes_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("MITI\uFFFE", "miti")]
    [InlineData("\uD800MITI", "miti")]
    [InlineData("Viet\uDFFFNam", "viet nam")]
    [InlineData("\uFDD0Côte\uFFFF", "cote")]
    [InlineData("\uD83D\uDE00 MITI", "miti")] // a valid pair (an emoji) is kept, and is not a letter
    public void Lone_surrogates_and_noncharacters_are_word_breaks_not_errors(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Compact_drops_the_spaces() => Assert.Equal("covid19", TextNormalizer.Compact(TextNormalizer.Normalize("COVID-19")));
}
