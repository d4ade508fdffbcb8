using System.Text.Encodings.Web;
using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Export;

/// <summary>
/// The graph as JSON-LD 1.1 (terms in <see cref="JsonLdContext"/>): one <c>@graph</c> holding the dataset node (with the
/// graph version), a node per entity at <c>{base}entity/{id}</c> and a node per relation at <c>{base}relation/{id}</c>
/// (a resource of its own, so that its type, role, date, status, modality, note and evidence are said about it), each
/// fact deriving from its quotes (<see cref="JsonLdContext"/>). Written as it is read.
/// </summary>
public static class JsonLdExport
{
    /// <param name="store">The store to read, a page at a time.</param>
    /// <param name="version">The graph version the dataset node states, or null when the store has none.</param>
    /// <param name="baseIri">The base of every node IRI and of the vocabulary, e.g. the API's address.</param>
    /// <param name="contextIri">Where the context is published (referenced), or null to embed it.</param>
    /// <param name="output">Where to write, a 32 KB chunk at a time.</param>
    /// <param name="cancellationToken">Stops the export between records.</param>
    public static async Task WriteAsync(IGraphStore store, string? version, Uri baseIri, string? contextIri, Stream output,
        CancellationToken cancellationToken = default)
    {
        await using var buffer = new ChunkBuffer();
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WritePropertyName("@context");
        json.WriteStartArray();
        if (contextIri is null) JsonLdContext.Write(json, baseIri);
        else json.WriteStringValue(contextIri);
        json.WriteStartObject();
        json.WriteString("@base", baseIri.ToString());
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("@graph");
        json.WriteStartObject();
        json.WriteString("@id", "export/graph.jsonld");
        json.WriteString("@type", "Dataset");
        json.WriteString("name", "ApecGraph: a knowledge graph of APEC relationships");
        if (version is not null) json.WriteString("version", version);
        json.WriteEndObject();
        await foreach (var entity in GraphReader.EntitiesAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            Entity(json, entity);
            await DrainAsync(json, buffer, output, false, cancellationToken).ConfigureAwait(false);
        }
        await foreach (var relation in GraphReader.RelationsAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            Relation(json, relation);
            await DrainAsync(json, buffer, output, false, cancellationToken).ConfigureAwait(false);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await DrainAsync(json, buffer, output, true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The node IRI of an entity, relative to the base: <c>entity/economy:malaysia</c>.</summary>
    public static string EntityIri(string id) => "entity/" + Escape(id);

    /// <summary>The node IRI of a relation, relative to the base.</summary>
    public static string RelationIri(string id) => "relation/" + Escape(id);

    // Percent-encodes what an IRI path may not hold ('|', spaces); ':' stays (not in the first segment, so still relative).
    private static string Escape(string id) => Uri.EscapeDataString(id).Replace("%3A", ":", StringComparison.Ordinal);

    private static void Entity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("@id", EntityIri(entity.Id));
        json.WriteStartArray("@type");
        json.WriteStringValue("apec:" + entity.Kind);
        json.WriteStringValue("schema:" + JsonLdContext.SchemaType(entity.Kind));
        json.WriteEndArray();
        json.WriteString("kind", ExportNames.Kind(entity.Kind));
        json.WriteString("name", entity.Name);
        if (entity.Aliases.Count > 0)
        {
            json.WriteStartArray("alternateName");
            foreach (var alias in entity.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
        }
        if (entity.Description is not null) json.WriteString("description", entity.Description);
        foreach (var (key, value) in entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            json.WriteString(key, value);
        Evidence(json, entity.Evidence);
        json.WriteEndObject();
    }

    private static void Relation(Utf8JsonWriter json, Relation relation)
    {
        json.WriteStartObject();
        json.WriteString("@id", RelationIri(relation.Id));
        json.WriteString("@type", "Relation");
        json.WriteString("relationType", relation.Type);
        json.WriteString("from", EntityIri(relation.From));
        json.WriteString("to", EntityIri(relation.To));
        Optional(json, "role", relation.Role);
        Optional(json, "date", relation.Date);
        Optional(json, "status", relation.Status);
        json.WriteString("modality", ExportNames.Modality(relation.Modality));
        Optional(json, "note", relation.Note);
        Evidence(json, relation.Evidence);
        json.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0) return;
        json.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Quote");
            json.WriteString("quote", item.Quote);
            json.WriteString("quotedFrom", EntityIri(item.DocumentId));
            ExportNames.WriteSupports(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static async ValueTask DrainAsync(Utf8JsonWriter json, ChunkBuffer buffer, Stream output, bool force, CancellationToken cancellationToken)
    {
        json.Flush();
        await buffer.DrainAsync(output, force, cancellationToken).ConfigureAwait(false);
    }
}
