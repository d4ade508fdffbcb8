using System.Text.Encodings.Web;
using System.Text.Json;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Export;

/// <summary>How every export writes the values it shares: kinds and modalities as the GraphQL enums name them, aliases
/// joined, evidence as a JSON array.</summary>
public static class ExportNames
{
    /// <summary>What joins an entity's aliases in one text column (GraphML, CSV).</summary>
    public const string AliasSeparator = " | ";

    /// <summary>Every entity property key of the <see cref="Vocabulary"/>, in ordinal order (one column or key each).</summary>
    public static IReadOnlyList<string> PropertyKeys { get; } =
        [.. Vocabulary.PropertiesByKind.Values.SelectMany(keys => keys).Distinct().Order(StringComparer.Ordinal)];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The GraphQL enum value of a kind, e.g. <c>ECONOMY</c>.</summary>
    public static string Kind(EntityKind kind) => Vocabulary.KindName(kind);

    /// <summary><c>ACTUAL</c>, <c>PLANNED</c> or <c>EXPECTED</c>.</summary>
    public static string Modality(Modality modality) => modality.ToString().ToUpperInvariant();

    /// <summary>The aliases joined with <see cref="AliasSeparator"/>, or null when there are none.</summary>
    public static string? Aliases(IReadOnlyList<string> aliases) => aliases.Count == 0 ? null : string.Join(AliasSeparator, aliases);

    /// <summary>A JSON array of <c>{"document": id, "quote": text}</c> (with <c>"supports"</c> where the evidence names
    /// entity properties), quotes unescaped where JSON allows, so that a reader sees the words.</summary>
    public static string EvidenceJson(IReadOnlyList<Evidence> evidence)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var item in evidence)
            {
                json.WriteStartObject();
                json.WriteString("document", item.DocumentId);
                json.WriteString("quote", item.Quote);
                WriteSupports(json, item);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes <c>"supports": [...]</c>, the entity properties <paramref name="item"/> states, where it names any.</summary>
    public static void WriteSupports(Utf8JsonWriter json, Evidence item)
    {
        if (item.Supports.Count == 0) return;
        json.WriteStartArray("supports");
        foreach (var key in item.Supports) json.WriteStringValue(key);
        json.WriteEndArray();
    }
}
