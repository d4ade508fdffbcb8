using System.Text;

namespace ApecGraph.Core.Loading;

/// <summary>The source texts under seeds/, read once each and kept with whitespace folded, so quote checks stay cheap.</summary>
internal sealed class SourceTexts(string directory)
{
    private readonly Dictionary<string, string?> folded = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="source"/> is a bare file name (no folders, nothing that escapes seeds/).</summary>
    public static bool IsFileName(string source) =>
        source.Length > 0
        && source is not ("." or "..")
        && source == Path.GetFileName(source)
        && source.IndexOfAny(['/', '\\']) < 0
        && source.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    public bool Exists(string source) => FoldedText(source) is not null;

    /// <summary>The file's text with whitespace folded; null when the file does not exist.</summary>
    public string? FoldedText(string source)
    {
        if (!folded.TryGetValue(source, out var text))
        {
            var path = Path.Combine(directory, source);
            text = IsFileName(source) && File.Exists(path) ? Fold(File.ReadAllText(path)) : null;
            folded[source] = text;
        }
        return text;
    }

    /// <summary>True when the quote, whitespace folded, occurs in the folded text of the file.</summary>
    public bool Contains(string source, string quote) =>
        FoldedText(source) is { } text && text.Contains(Fold(quote), StringComparison.Ordinal);

    /// <summary>Line breaks and runs of whitespace become one space; leading and trailing whitespace goes.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
