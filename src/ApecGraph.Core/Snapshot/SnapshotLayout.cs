using ApecGraph.Core.Embedded;

namespace ApecGraph.Core.Snapshot;

/// <summary>
/// The snapshot file, format version <see cref="FormatVersion"/> (all numbers little-endian):
/// <list type="number">
/// <item>the 8 bytes <c>APECSNAP</c>, the format version (int32), the graph's version (<see cref="Model.GraphVersion"/>,
/// a length-prefixed UTF-8 string);</item>
/// <item>the counts of <see cref="Counts"/> (int32 each);</item>
/// <item>the string table: its count, then each distinct string (7-bit length prefix, UTF-8);</item>
/// <item>the columns of <see cref="StringColumns"/> (numbers into the table, -1 for null), <see cref="IntColumns"/> and
/// <see cref="ByteColumns"/>, each its length (int32) then its values;</item>
/// <item>each document's text (in document order): its UTF-8 length in bytes (int32, -1 for none), then the bytes;</item>
/// <item>the SHA-256 of everything before it (32 bytes).</item>
/// </list>
/// The writer and the reader both take the column order from here.
/// </summary>
internal static class SnapshotLayout
{
    public const long Magic = 0x50414E5343455041; // "APECSNAP" read as a little-endian int64
    public const int FormatVersion = 2;
    public const int HashLength = 32;

    /// <summary>Entities, relations, evidence rows, documents, relation types, qualifier rows, aliases, properties, supports.</summary>
    public const int CountsLength = 9;

    public static int[] Counts(CompactGraph g) =>
        [g.EntityCount, g.RelationCount, g.EvidenceCount, g.DocumentIds.Length, g.TypeNames.Length, g.Roles.Length,
         g.Aliases.Length, g.PropertyKeys.Length, g.Supports.Length];

    public static string?[][] StringColumns(CompactGraph g) =>
        [g.EntityIds, g.Names, g.Descriptions, g.Aliases, g.PropertyKeys, g.PropertyValues, g.TypeNames, g.RelationIds,
         g.Roles, g.Dates, g.Statuses, g.Notes, g.Quotes, g.Supports, g.DocumentIds];

    public static int[][] IntColumns(CompactGraph g) =>
        [g.AliasStart, g.PropertyStart, g.EntityEvidenceStart, g.From, g.To, g.QualifierRow, g.RelationEvidenceStart,
         g.EvidenceDocument, g.EvidenceStart, g.EvidenceEnd, g.EvidenceByteStart, g.EvidenceByteEnd, g.SupportStart];

    public static byte[][] ByteColumns(CompactGraph g) => [g.Kinds, g.Types, g.Modalities];
}
