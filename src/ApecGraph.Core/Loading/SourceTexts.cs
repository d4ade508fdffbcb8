using System.Text;

namespace ApecGraph.Core.Loading;

/// <summary>The source texts under seeds/, read once each and kept as stored and with whitespace folded, so quote
/// checks stay cheap and a match in the folded text maps back to offsets in the stored one.</summary>
internal sealed class SourceTexts(string directory)
{
    private readonly Dictionary<string, FoldedText?> texts = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="source"/> is a bare file name (no folders, nothing that escapes seeds/).</summary>
    public static bool IsFileName(string source) =>
        source.Length > 0
        && source is not ("." or "..")
        && source == Path.GetFileName(source)
        && source.IndexOfAny(['/', '\\']) < 0
        && source.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    public bool Exists(string source) => Read(source) is not null;

    /// <summary>The file's text as stored (UTF-8 decoded); null when the file does not exist.</summary>
    public string? RawText(string source) => Read(source)?.Raw;

    /// <summary>True when the quote, whitespace folded, occurs in the folded text of the file.</summary>
    public bool Contains(string source, string quote) => Locate(source, quote) is not null;

    /// <summary>Where the quote's first occurrence (compared whitespace folded) starts and ends (exclusive) in the stored
    /// text, in UTF-16 code units; null when the file does not exist or does not hold the quote.</summary>
    public (int Start, int End)? Locate(string source, string quote)
    {
        var text = Read(source);
        var folded = Fold(quote, out _);
        if (text is null || folded.Length == 0) return null;
        var at = text.Folded.IndexOf(folded, StringComparison.Ordinal);
        // A folded quote starts and ends with a non-space, each the image of exactly one stored character.
        if (at < 0) return null;
        return text.RawIndex is { } index ? (index[at], index[at + folded.Length - 1] + 1) : (at, at + folded.Length);
    }

    private FoldedText? Read(string source)
    {
        if (!texts.TryGetValue(source, out var text))
        {
            var path = Path.Combine(directory, source);
            if (IsFileName(source) && File.Exists(path))
            {
                var raw = File.ReadAllText(path);
                var folded = Fold(raw, out var rawIndex);
                text = new FoldedText(raw, folded, rawIndex);
            }
            texts[source] = text;
        }
        return text;
    }

    /// <summary>Line breaks and runs of whitespace become one space; leading and trailing whitespace goes.</summary>
    public static string Fold(string text) => Fold(text, out _);

    // As Fold, and for each folded character the index of the stored character it comes from (a folded space: the
    // first whitespace of its run); null when that is the character's own index (a text whose line breaks are single,
    // between words: no int per character to keep for it).
    private static string Fold(string text, out int[]? rawIndex)
    {
        rawIndex = null;
        if (IsFolded(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var index = new List<int>(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0)
            {
                builder.Append(' ');
                index.Add(pendingSpace);
                pendingSpace = -1;
            }
            builder.Append(c);
            index.Add(i);
        }
        var identity = true;
        for (var i = 0; i < index.Count && identity; i++)
        {
            identity = index[i] == i;
        }
        rawIndex = identity ? null : [.. index];
        return builder.ToString();
    }

    // No leading or trailing whitespace, and none but single spaces between words: folding changes nothing.
    private static bool IsFolded(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i + 1] == ' ')) return false;
        }
        return true;
    }

    private sealed record FoldedText(string Raw, string Folded, int[]? RawIndex);
}
