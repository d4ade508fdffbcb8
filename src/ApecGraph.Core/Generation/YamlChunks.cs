using System.Globalization;
using System.Text;

namespace ApecGraph.Core.Generation;

/// <summary>Writes one list (<c>entities:</c> or <c>relations:</c>) over numbered files of at most
/// <paramref name="perFile"/> items each (<c>stem-0001.yaml</c>, …), streaming: one open file at a time.</summary>
internal sealed class YamlChunks(string directory, string stem, string list, int perFile) : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private StreamWriter? writer;
    private int inFile;
    private int files;

    public int Files => files;

    /// <summary>The writer for the next item, opening the next file when the current one is full.</summary>
    public StreamWriter Item()
    {
        if (writer is null || inFile == perFile)
        {
            writer?.Dispose();
            files++;
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{stem}-{files:D4}.yaml"));
            writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" };
            writer.Write(list);
            writer.Write(":\n");
            inFile = 0;
        }
        inFile++;
        return writer;
    }

    public void Dispose() => writer?.Dispose();

    /// <summary>A YAML double-quoted scalar: every text is written so, whatever characters it holds.</summary>
    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
