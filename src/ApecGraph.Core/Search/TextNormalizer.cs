using System.Globalization;
using System.Text;

namespace ApecGraph.Core.Search;

/// <summary>
/// Folds names for matching: case, accents, typographic apostrophes and punctuation, so that
/// "People’s Republic of China" == "peoples republic of china", "U.S.A." == "USA", "Côte d’Ivoire" == "cote divoire".
/// </summary>
public static class TextNormalizer
{
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
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (!IsMark(c) && !IsJoiner(c))
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>The normalised text without spaces, so "covid 19" and "COVID-19" and "covid19" compare equal.</summary>
    public static string Compact(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Characters that join rather than break words: apostrophes of every typography, and full stops in acronyms.
    private static bool IsJoiner(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´' or '.';
}
