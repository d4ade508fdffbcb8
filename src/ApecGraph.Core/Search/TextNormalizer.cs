using System.Buffers;
using System.Globalization;
using System.Text;

namespace ApecGraph.Core.Search;

/// <summary>
/// Folds names for matching: case, accents, typographic apostrophes and punctuation, so that
/// "People’s Republic of China" == "peoples republic of china", "U.S.A." == "USA", "Côte d’Ivoire" == "cote divoire".
/// </summary>
public static class TextNormalizer
{
    private static readonly SearchValues<char> Undecomposed =
        SearchValues.Create(string.Concat(Enumerable.Range(0, 128).Select(c => (char)c)) + "’‘ʼ");

    /// <summary>
    /// Lower case, compatibility-decomposed with combining marks dropped; apostrophes and full stops removed (they sit
    /// inside words and acronyms); every other non-letter, non-digit is a word break; spaces collapsed and trimmed.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        // ASCII and the apostrophes are their own compatibility decomposition: most names skip Unicode normalisation
        var source = text.AsSpan().ContainsAnyExcept(Undecomposed) ? Decompose(text) : text;
        // the result is never longer than the source: a space is written only in place of a word break
        var result = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    result[length++] = ' ';
                }
                pendingSpace = false;
                result[length++] = char.ToLowerInvariant(c);
            }
            else if (!IsMark(c) && !IsJoiner(c))
            {
                pendingSpace = true;
            }
        }
        return new string(result[..length]);
    }

    // Unicode normalisation refuses lone surrogates and noncharacters (U+FFFE, ...): they are word breaks here.
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            var clean = new StringBuilder(text.Length);
            foreach (var rune in Valid(text)) clean.Append(rune);
            return clean.ToString().Normalize(NormalizationForm.FormKD);
        }
    }

    private static IEnumerable<string> Valid(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var isPair = char.IsSurrogatePair(text, i);
            var value = isPair ? char.ConvertToUtf32(text, i) : text[i];
            var noncharacter = (value is >= 0xFDD0 and <= 0xFDEF) || (value & 0xFFFE) == 0xFFFE;
            yield return char.IsSurrogate(text[i]) && !isPair || noncharacter ? " " : text.Substring(i, isPair ? 2 : 1);
        }
    }

    /// <summary>The normalised text without spaces, so "covid 19" and "COVID-19" and "covid19" compare equal.</summary>
    public static string Compact(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Characters that join rather than break words: apostrophes of every typography, and full stops in acronyms.
    private static bool IsJoiner(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´' or '.';
}
