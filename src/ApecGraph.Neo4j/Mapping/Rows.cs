using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Http;

namespace ApecGraph.Neo4j.Mapping;

/// <summary>Turns the map projections of <see cref="Stored"/> back into the model.</summary>
internal static class Rows
{
    public static Entity Entity(JsonElement map)
    {
        var kindText = String(map, "kind");
        if (!Stored.TryParseKindLabel(kindText, out var kind))
            throw new Neo4jResponseException($"entity {String(map, "id")} has an unknown kind '{kindText}'");
        return new Entity
        {
            Id = Required(map, "id"),
            Kind = kind,
            Name = Required(map, "name"),
            Aliases = Strings(map, "aliases"),
            Description = String(map, "description"),
            Properties = GraphJson.Properties(String(map, "props")),
            Evidence = GraphJson.Evidence(String(map, "evidence")),
        };
    }

    public static Relation Relation(JsonElement map) => new()
    {
        Id = Required(map, "id"),
        Type = Required(map, "type"),
        From = Required(map, "from"),
        To = Required(map, "to"),
        Role = String(map, "role"),
        Date = String(map, "date"),
        Status = String(map, "status"),
        Modality = Core.Model.Vocabulary.TryParseModality(String(map, "modality"), out var modality) ? modality : Core.Model.Modality.Actual,
        Note = String(map, "note"),
        Evidence = GraphJson.Evidence(String(map, "evidence")),
    };

    public static int Int(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : throw new Neo4jResponseException($"expected an integer, got {value}");

    public static IReadOnlyList<string> Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];

    private static IReadOnlyList<string> Strings(JsonElement map, string key) =>
        map.TryGetProperty(key, out var value) ? Strings(value) : [];

    private static string? String(JsonElement map, string key) =>
        map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Required(JsonElement map, string key) =>
        String(map, key) ?? throw new Neo4jResponseException($"a stored graph element lacks '{key}': {map}");
}
