using System.Runtime.InteropServices;
using System.Text;
using ApecGraph.Core.Embedded;

namespace ApecGraph.Core.Snapshot;

/// <summary>Reads what <see cref="SnapshotWriter"/> wrote, in one sequential pass, refusing (with
/// <see cref="SnapshotFormatException"/>) a file of another format, another format version, truncated, or whose bytes
/// do not match their hash or do not form a consistent graph.</summary>
internal static class SnapshotReader
{
    public static (CompactGraph Graph, string Version) Read(Stream file)
    {
        var body = file.Length - SnapshotLayout.HashLength;
        if (body < 12) throw new SnapshotFormatException("the file is too short to be a graph snapshot (truncated?)");
        var hashed = new HashedStream(file, body);
        CompactGraph graph;
        string version;
        using (var buffered = new BufferedStream(hashed, 1 << 20))
        using (var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true))
        {
            try
            {
                if (reader.ReadInt64() != SnapshotLayout.Magic) throw new SnapshotFormatException("the file is not an ApecGraph graph snapshot");
                var format = reader.ReadInt32();
                if (format != SnapshotLayout.FormatVersion)
                    throw new SnapshotFormatException($"the snapshot is of format version {format}; this build reads version {SnapshotLayout.FormatVersion}. Compile it again with this build's `ApecGraph.Cli compile`");
                version = reader.ReadString();
                graph = ReadBody(reader, body);
                if (reader.BaseStream.ReadByte() >= 0) throw new SnapshotFormatException("the snapshot has bytes after its last column");
            }
            catch (EndOfStreamException)
            {
                throw new SnapshotFormatException("the snapshot ends before its last column (truncated?)");
            }
            catch (Exception e) when (e is FormatException or DecoderFallbackException or OverflowException)
            {
                throw new SnapshotFormatException($"the snapshot is corrupt ({e.Message})");
            }
        }
        var expected = new byte[SnapshotLayout.HashLength];
        file.ReadExactly(expected);
        if (!expected.AsSpan().SequenceEqual(hashed.Hash()))
            throw new SnapshotFormatException("the snapshot is corrupt: its content does not match its checksum");
        SnapshotCheck.Consistent(graph);
        return (graph, version);
    }

    private static CompactGraph ReadBody(BinaryReader reader, long body)
    {
        var counts = new int[SnapshotLayout.CountsLength];
        for (var i = 0; i < counts.Length; i++) counts[i] = Count(reader, body);
        var (n, m, e, d, t, q, a, p, s) = (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8]);
        var strings = new string[Count(reader, body)];
        for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
        int[] stringLengths = [n, n, n, a, p, p, t, m, q, q, q, q, e, s, d];
        var text = stringLengths.Select(length => Decode(Column<int>(reader, length, body), strings)).ToArray();
        int[] intLengths = [n + 1, n + 1, n + 1, m, m, m, m + 1, e, e, e, e, e, e + 1];
        var ints = intLengths.Select(length => Column<int>(reader, length, body)).ToArray();
        var bytes = new[] { n, m, m }.Select(length => Column<byte>(reader, length, body)).ToArray();
        var texts = new byte[]?[d];
        for (var i = 0; i < d; i++)
        {
            var length = reader.ReadInt32();
            if (length < -1 || length > body) throw new SnapshotFormatException($"the snapshot is corrupt (a text of {length} bytes)");
            texts[i] = length < 0 ? null : Bytes(reader, length);
        }
        return new CompactGraph
        {
            EntityIds = NotNull(text[0]), Names = NotNull(text[1]), Descriptions = text[2], Aliases = NotNull(text[3]),
            PropertyKeys = NotNull(text[4]), PropertyValues = NotNull(text[5]), TypeNames = NotNull(text[6]), RelationIds = text[7],
            Roles = text[8], Dates = text[9], Statuses = text[10], Notes = text[11], Quotes = text[12], Supports = NotNull(text[13]),
            DocumentIds = NotNull(text[14]), DocumentTexts = texts,
            AliasStart = ints[0], PropertyStart = ints[1], EntityEvidenceStart = ints[2], From = ints[3], To = ints[4],
            QualifierRow = ints[5], RelationEvidenceStart = ints[6], EvidenceDocument = ints[7], EvidenceStart = ints[8],
            EvidenceEnd = ints[9], EvidenceByteStart = ints[10], EvidenceByteEnd = ints[11], SupportStart = ints[12],
            Kinds = bytes[0], Types = bytes[1], Modalities = bytes[2],
        };
    }

    // A count read from the file, refused when negative or larger than the file could hold.
    private static int Count(BinaryReader reader, long body)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > body) throw new SnapshotFormatException($"the snapshot is corrupt (a count of {count})");
        return count;
    }

    private static T[] Column<T>(BinaryReader reader, int expected, long body) where T : unmanaged
    {
        var length = Count(reader, body);
        if (length != expected) throw new SnapshotFormatException($"the snapshot is corrupt (a column of {length} values where {expected} were expected)");
        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static byte[] Bytes(BinaryReader reader, int length)
    {
        var bytes = new byte[length];
        reader.BaseStream.ReadExactly(bytes);
        return bytes;
    }

    private static string?[] Decode(int[] numbers, string[] strings)
    {
        var column = new string?[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            var number = numbers[i];
            if (number < -1 || number >= strings.Length) throw new SnapshotFormatException($"the snapshot is corrupt (string {number} of {strings.Length})");
            column[i] = number < 0 ? null : strings[number];
        }
        return column;
    }

    private static string[] NotNull(string?[] column) =>
        Array.IndexOf(column, null) < 0 ? (string[])(object)column : throw new SnapshotFormatException("the snapshot is corrupt (a missing required string)");
}

/// <summary>A snapshot cannot be read: not a snapshot, another format version, truncated or corrupt.</summary>
public sealed class SnapshotFormatException(string message) : Exception(message);
