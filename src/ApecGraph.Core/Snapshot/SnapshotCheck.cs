using ApecGraph.Core.Embedded;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Snapshot;

/// <summary>The invariants the store relies on (sorted ids, ranges within their arrays, references within their tables),
/// checked on a graph read from a file, in linear time.</summary>
internal static class SnapshotCheck
{
    public static void Consistent(CompactGraph g)
    {
        Sorted(g.EntityIds, "entity ids");
        Sorted(g.TypeNames, "relation types");
        Sorted(g.DocumentIds, "document ids");
        Ranges(g.AliasStart, 0, g.Aliases.Length, "aliases");
        Ranges(g.PropertyStart, 0, g.PropertyKeys.Length, "properties");
        Ranges(g.EntityEvidenceStart, 0, g.RelationEvidenceStart[0], "entity evidence");
        Ranges(g.RelationEvidenceStart, g.EntityEvidenceStart[^1], g.EvidenceCount, "relation evidence");
        Ranges(g.SupportStart, 0, g.Supports.Length, "supports");
        Within(g.From, 0, g.EntityCount, "relation ends");
        Within(g.To, 0, g.EntityCount, "relation ends");
        Within(g.QualifierRow, -1, g.Roles.Length, "qualifiers");
        Within(g.EvidenceDocument, 0, g.DocumentIds.Length, "evidence documents");
        var kinds = Enum.GetValues<EntityKind>().Length;
        var modalities = Enum.GetValues<Modality>().Length;
        if (g.Kinds.Any(k => k >= kinds)) Refuse("an entity kind out of range");
        if (g.Modalities.Any(k => k >= modalities)) Refuse("a modality out of range");
        for (var r = 0; r < g.RelationCount; r++)
        {
            if (g.Types[r] >= g.TypeNames.Length || (r > 0 && g.Types[r] < g.Types[r - 1])) Refuse("relation types out of order");
        }
        for (var row = 0; row < g.EvidenceCount; row++)
        {
            if (g.QuoteAt(row) is not null) continue;
            var text = g.DocumentTexts[g.EvidenceDocument[row]];
            if (text is null || g.EvidenceByteStart[row] < 0 || g.EvidenceByteStart[row] > g.EvidenceByteEnd[row] || g.EvidenceByteEnd[row] > text.Length)
                Refuse("a quote outside its document");
        }
    }

    private static void Sorted(string[] values, string what)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (string.CompareOrdinal(values[i - 1], values[i]) >= 0) Refuse($"{what} out of order");
        }
    }

    private static void Ranges(int[] starts, int first, int end, string what)
    {
        if (starts[0] != first || starts[^1] != end) Refuse($"the ranges of {what} do not cover them");
        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1]) Refuse($"the ranges of {what} are out of order");
        }
    }

    private static void Within(int[] values, int low, int high, string what)
    {
        foreach (var value in values)
        {
            if (value < low || value >= high) Refuse($"{what} out of range");
        }
    }

    private static void Refuse(string what) => throw new SnapshotFormatException($"the snapshot is corrupt ({what})");
}
