using System.Runtime.InteropServices;
using System.Text;
using ApecGraph.Core.Embedded;

namespace ApecGraph.Core.Snapshot;

/// <summary>Writes a <see cref="CompactGraph"/> in the layout <see cref="SnapshotLayout"/> describes.</summary>
internal static class SnapshotWriter
{
    public static void Write(CompactGraph graph, string version, Stream output)
    {
        var strings = new StringTable();
        var stringColumns = SnapshotLayout.StringColumns(graph).Select(strings.Encode).ToList();
        var hashed = new HashedStream(output, long.MaxValue);
        using (var buffered = new BufferedStream(hashed, 1 << 20))
        using (var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(SnapshotLayout.Magic);
            writer.Write(SnapshotLayout.FormatVersion);
            writer.Write(version);
            foreach (var count in SnapshotLayout.Counts(graph)) writer.Write(count);
            writer.Write(strings.Values.Count);
            foreach (var text in strings.Values) writer.Write(text);
            foreach (var column in stringColumns) Column(writer, column);
            foreach (var column in SnapshotLayout.IntColumns(graph)) Column(writer, column);
            foreach (var column in SnapshotLayout.ByteColumns(graph)) Column(writer, column);
            foreach (var text in graph.DocumentTexts)
            {
                if (text is null) writer.Write(-1);
                else Column(writer, text);
            }
            writer.Flush();
        }
        output.Write(hashed.Hash());
        output.Flush();
    }

    private static void Column<T>(BinaryWriter writer, T[] values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Flush();
        writer.BaseStream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Each distinct string once; columns refer to it by number (-1 for null), so repeated values (property
    /// values, dates, roles) are read back as one string each.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

        public List<string> Values { get; } = [];

        public int[] Encode(string?[] column)
        {
            var encoded = new int[column.Length];
            for (var i = 0; i < column.Length; i++)
            {
                if (column[i] is not { } text)
                {
                    encoded[i] = -1;
                    continue;
                }
                if (!numbers.TryGetValue(text, out var number))
                {
                    numbers[text] = number = Values.Count;
                    Values.Add(text);
                }
                encoded[i] = number;
            }
            return encoded;
        }
    }
}
