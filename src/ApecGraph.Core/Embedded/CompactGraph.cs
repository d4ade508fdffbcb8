using System.Text;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Embedded;

/// <summary>
/// A whole graph as columns: entities numbered 0..n-1 in id order (ordinal), relations numbered 0..m-1 in the store's
/// order (type, then id), each entity's aliases, properties and evidence a range of shared arrays, evidence as
/// (document, start, end) with the quote kept only where it is not the exact slice of the document's text. Immutable;
/// <see cref="Entity"/> and <see cref="Relation"/> records are made per call (<see cref="CompactRecords"/>).
/// </summary>
internal sealed class CompactGraph
{
    // Entities, by ordinal.
    public required string[] EntityIds { get; init; }
    public required string[] Names { get; init; }
    public required byte[] Kinds { get; init; }
    public required string?[] Descriptions { get; init; }
    /// <summary>Entity i's aliases are <c>Aliases[AliasStart[i]..AliasStart[i+1]]</c>; the other ranges likewise.</summary>
    public required int[] AliasStart { get; init; }
    public required string[] Aliases { get; init; }
    public required int[] PropertyStart { get; init; }
    public required string[] PropertyKeys { get; init; }
    public required string[] PropertyValues { get; init; }
    /// <summary>Entity i's evidence rows; relation r's are <c>RelationEvidenceStart[r]..[r+1]</c>, after every entity's.</summary>
    public required int[] EntityEvidenceStart { get; init; }

    // Relations, by ordinal.
    /// <summary>The relation types, in ordinal order, so that type ordinals sort as the names do.</summary>
    public required string[] TypeNames { get; init; }
    public required byte[] Types { get; init; }
    public required int[] From { get; init; }
    public required int[] To { get; init; }
    public required byte[] Modalities { get; init; }
    /// <summary>The id where it is not the default <c>from|TYPE|to</c>, else null (kept sparse; this dense copy is made
    /// for each call, for writing a snapshot: read single ids with <see cref="RelationId"/>).</summary>
    public required string?[] RelationIds { get => relationIds.ToDense(); init => relationIds = new SparseStrings(value); }
    private readonly SparseStrings relationIds = null!;
    /// <summary>The row of relation r's role, date, status and note in the qualifier columns, or -1 when none is set.</summary>
    public required int[] QualifierRow { get; init; }
    public required string?[] Roles { get; init; }
    public required string?[] Dates { get; init; }
    public required string?[] Statuses { get; init; }
    public required string?[] Notes { get; init; }
    public required int[] RelationEvidenceStart { get; init; }

    // Evidence rows.
    /// <summary>The ordinal of the row's document in <see cref="DocumentIds"/>.</summary>
    public required int[] EvidenceDocument { get; init; }
    /// <summary>Start and end in the document's text, -1 where absent.</summary>
    public required int[] EvidenceStart { get; init; }
    public required int[] EvidenceEnd { get; init; }
    /// <summary>Where the quote starts and ends in the UTF-8 bytes of its document's text, -1 where it is kept as a string.</summary>
    public required int[] EvidenceByteStart { get; init; }
    public required int[] EvidenceByteEnd { get; init; }
    /// <summary>The quote where it is not <c>text[start..end]</c> of its document, else null (kept sparse; this dense
    /// copy is made for each call, for writing a snapshot: read single quotes with <see cref="QuoteAt"/>).</summary>
    public required string?[] Quotes { get => quotes.ToDense(); init => quotes = new SparseStrings(value); }
    private readonly SparseStrings quotes = null!;

    /// <summary>Row <paramref name="row"/>'s quote where it is not a slice of its document's text, else null.</summary>
    public string? QuoteAt(int row) => quotes[row];
    public required int[] SupportStart { get; init; }
    public required string[] Supports { get; init; }

    // Documents named by evidence or having a text, in id order.
    public required string[] DocumentIds { get; init; }
    /// <summary>Each document's text as UTF-8 (half the memory of a string for these mostly ASCII texts), or null.</summary>
    public required byte[]?[] DocumentTexts { get; init; }

    public int EntityCount => EntityIds.Length;

    /// <summary>The entity and relation records made last (<see cref="CompactRecords"/>).</summary>
    public RecordCache<Entity> EntityRecords { get; } = new();
    public RecordCache<Relation> RelationRecords { get; } = new();
    public int RelationCount => From.Length;
    public int EvidenceCount => EvidenceDocument.Length;

    /// <summary>The ordinal of the entity with this id, or -1.</summary>
    public int FindEntity(string id) => Find(EntityIds, id);

    /// <summary>The ordinal of the relation type with this name, or -1.</summary>
    public int FindType(string type) => Find(TypeNames, type);

    public int FindDocument(string id) => Find(DocumentIds, id);

    public static int Find(string[] sorted, string key)
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(sorted[mid], key);
            if (order == 0) return mid;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return -1;
    }

    /// <summary>The value of property <paramref name="key"/> of entity <paramref name="entity"/>, or null.</summary>
    public string? Property(int entity, string key)
    {
        for (var p = PropertyStart[entity]; p < PropertyStart[entity + 1]; p++)
        {
            if (string.Equals(PropertyKeys[p], key, StringComparison.Ordinal)) return PropertyValues[p];
        }
        return null;
    }

    public string RelationId(int relation) =>
        relationIds[relation] ?? DefaultRelationId(EntityIds[From[relation]], TypeNames[Types[relation]], EntityIds[To[relation]]);

    public static string DefaultRelationId(string from, string type, string to) => $"{from}|{type}|{to}";

    public string? DocumentText(int document) => DocumentTexts[document] is { } text ? Encoding.UTF8.GetString(text) : null;

    public bool IsActual(int relation) => Modalities[relation] == (byte)Modality.Actual;
}
