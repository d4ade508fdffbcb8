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
    public void Text_without_decomposable_characters_folds_as_decomposed_text_does()
    {
        // the fast path (ASCII and the apostrophes, no Unicode normalisation) against the decomposing path, which an
        // accented letter at the front forces: every character after it must fold the same either way
        var characters = Enumerable.Range(0, 128).Select(c => (char)c).Concat("’‘ʼ´ﬁ½").Select(c => c.ToString());

        Assert.All(characters, c => Assert.Equal(TextNormalizer.Normalize("é" + c + "Ab"), TextNormalizer.Normalize("e" + c + "Ab")));
    }

    [Fact]
    public void Compact_drops_the_spaces() => Assert.Equal("covid19", TextNormalizer.Compact(TextNormalizer.Normalize("COVID-19")));
}
