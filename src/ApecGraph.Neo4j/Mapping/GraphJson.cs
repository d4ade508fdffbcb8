using System.Text.Json;

namespace ApecGraph.Neo4j.Mapping;

/// <summary>An entity's kind-specific properties are stored as one JSON string (<c>props</c>: Neo4j properties cannot
/// hold maps), in the seeds' order; these turn them into text and back.</summary>
internal static class GraphJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Properties(IReadOnlyDictionary<string, string> properties) =>
        JsonSerializer.Serialize(properties, Json); // in the seeds' order, as the embedded store keeps them

    public static IReadOnlyDictionary<string, string> Properties(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() :
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];
}
