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
        return at < 0 ? null : (text.RawIndex[at], text.RawIndex[at + folded.Length - 1] + 1);
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
    // first whitespace of its run).
    private static string Fold(string text, out int[] rawIndex)
    {
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
        rawIndex = [.. index];
        return builder.ToString();
    }

    private sealed record FoldedText(string Raw, string Folded, int[] RawIndex);
}
