using System.Text.Json;
using ApecGraph.Core.Model;

namespace ApecGraph.Neo4j.Mapping;

/// <summary>Evidence and kind-specific properties are stored as JSON strings (Neo4j properties cannot hold maps or
/// lists of maps); these turn them into text and back.</summary>
internal static class GraphJson
{
    private sealed record StoredEvidence(string Doc, string Quote, IReadOnlyList<string>? Supports, int? Start = null, int? End = null);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Evidence(IReadOnlyList<Evidence> evidence) =>
        JsonSerializer.Serialize(evidence.Select(e => new StoredEvidence(e.DocumentId, e.Quote, e.Supports.Count > 0 ? e.Supports : null, e.Start, e.End)), Json);

    public static IReadOnlyList<Evidence> Evidence(string? json) =>
        string.IsNullOrEmpty(json) ? [] :
        [.. (JsonSerializer.Deserialize<List<StoredEvidence>>(json, Json) ?? []).Select(e => new Evidence(e.Doc, e.Quote) { Supports = e.Supports ?? [], Start = e.Start, End = e.End })];

    public static string Properties(IReadOnlyDictionary<string, string> properties) =>
        JsonSerializer.Serialize(properties, Json); // in the seeds' order, as the embedded store keeps them

    public static IReadOnlyDictionary<string, string> Properties(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() :
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];
}
