using System.Text.Encodings.Web;
using System.Text.Json;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Export;

/// <summary>
/// The JSON-LD <c>@context</c> of <see cref="JsonLdExport"/>: schema.org where a type or property fits, W3C PROV-O for
/// evidence, and the API's own vocabulary (<c>apec:</c>, <c>{base}vocab#</c>) for the rest.
/// </summary>
/// <remarks>
/// An APEC economy is typed <c>schema:AdministrativeArea</c>, not <c>schema:Country</c>: APEC's members are
/// "economies" precisely because some are not sovereign states (Hong Kong, China; Chinese Taipei), and
/// AdministrativeArea (Country's parent) claims only a region under a government. Meetings are <c>schema:Event</c>, people
/// <c>schema:Person</c>, organisations <c>schema:Organization</c>, documents, proposals and resolutions
/// <c>schema:CreativeWork</c> (a proposal or a UN resolution is a text; "Report" would say more than most sources are),
/// topics <c>schema:Thing</c>; each also has its <c>apec:</c> kind. A quote is a <c>prov:Entity</c> whose
/// <c>prov:value</c> is the words and which <c>prov:wasQuotedFrom</c> the document; a fact <c>prov:wasDerivedFrom</c>
/// its quotes.
/// </remarks>
public static class JsonLdContext
{
    public const string MediaType = "application/ld+json";

    /// <summary>The schema.org type of each kind (an entity is also <c>apec:{Kind}</c>: "Person" names both, so types
    /// are written as compact IRIs, not as terms).</summary>
    public static string SchemaType(EntityKind kind) => kind switch
    {
        EntityKind.Economy => "AdministrativeArea",
        EntityKind.Person => "Person",
        EntityKind.Organisation => "Organization",
        EntityKind.Meeting => "Event",
        EntityKind.Topic => "Thing",
        _ => "CreativeWork",
    };

    /// <summary>The vocabulary IRI under a base IRI: <c>{base}vocab#</c>.</summary>
    public static string VocabularyIri(Uri baseIri) => new Uri(baseIri, "vocab#").ToString();

    /// <summary>Writes the context map (the value of <c>@context</c>).</summary>
    public static void Write(Utf8JsonWriter json, Uri baseIri)
    {
        json.WriteStartObject();
        json.WriteString("schema", "https://schema.org/");
        json.WriteString("prov", "http://www.w3.org/ns/prov#");
        json.WriteString("apec", VocabularyIri(baseIri));
        json.WriteString("Dataset", "schema:Dataset");
        json.WriteString("version", "schema:version");
        json.WriteString("name", "schema:name");
        Term(json, "alternateName", "schema:alternateName", container: "@set");
        json.WriteString("description", "schema:description");
        json.WriteString("kind", "apec:kind");
        foreach (var key in ExportNames.PropertyKeys)
            json.WriteString(key, "apec:" + key);
        json.WriteString("Relation", "apec:Relation");
        json.WriteString("relationType", "apec:relationType");
        Term(json, "from", "apec:from", type: "@id");
        Term(json, "to", "apec:to", type: "@id");
        foreach (var key in new[] { "role", "date", "status", "modality", "note" })
            json.WriteString(key, "apec:" + key);
        Term(json, "evidence", "prov:wasDerivedFrom", container: "@set");
        json.WriteString("Quote", "prov:Entity");
        json.WriteString("quote", "prov:value");
        Term(json, "quotedFrom", "prov:wasQuotedFrom", type: "@id");
        Term(json, "supports", "apec:supports", container: "@set");
        json.WriteEndObject();
    }

    /// <summary>The published context document: <c>{"@context": {...}}</c>, UTF-8.</summary>
    public static byte[] Document(Uri baseIri)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WritePropertyName("@context");
            Write(json, baseIri);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Term(Utf8JsonWriter json, string term, string iri, string? type = null, string? container = null)
    {
        json.WriteStartObject(term);
        json.WriteString("@id", iri);
        if (type is not null) json.WriteString("@type", type);
        if (container is not null) json.WriteString("@container", container);
        json.WriteEndObject();
    }
}
