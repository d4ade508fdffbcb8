using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
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
            Evidence = EvidenceLists.Read(map),
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
        Evidence = EvidenceLists.Read(map),
    };

    /// <summary>A row of <c>QuoteStatement.Facts</c>: the evidence index and either the entity or the relation.</summary>
    public static QuotedFact QuotedFact(IReadOnlyDictionary<string, JsonElement> row)
    {
        var index = Int(row["evidenceIndex"]);
        var entity = row["entity"].ValueKind == JsonValueKind.Object ? Entity(row["entity"]) : null;
        var relation = row["relation"].ValueKind == JsonValueKind.Object ? Relation(row["relation"]) : null;
        var evidence = entity?.Evidence ?? relation?.Evidence
            ?? throw new Neo4jResponseException("a quoted fact has neither an entity nor a relation");
        if (index < 0 || index >= evidence.Count)
            throw new Neo4jResponseException($"a quoted fact names evidence {index} of {evidence.Count}");
        return new QuotedFact(evidence[index], index, relation, entity);
    }

    /// <summary>The <c>:GraphInfo</c> node's projection: version, importedAt (ISO 8601), counts, kinds and kindCounts as parallel lists.</summary>
    public static GraphInfo GraphInfo(JsonElement map)
    {
        var importedAt = Required(map, "importedAt");
        if (!DateTimeOffset.TryParse(importedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
            throw new Neo4jResponseException($"the GraphInfo node's importedAt is not a date and time: '{importedAt}'");
        var kinds = Strings(map, "kinds");
        var counts = map.TryGetProperty("kindCounts", out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray().Select(Int)] : new List<int>();
        if (kinds.Count != counts.Count)
            throw new Neo4jResponseException($"the GraphInfo node has {kinds.Count} kinds but {counts.Count} kindCounts");
        var byKind = new List<KindCount>();
        for (var i = 0; i < kinds.Count; i++)
        {
            if (!Stored.TryParseKindLabel(kinds[i], out var kind))
                throw new Neo4jResponseException($"the GraphInfo node has an unknown kind '{kinds[i]}'");
            byKind.Add(new KindCount(kind, counts[i]));
        }
        return new GraphInfo(Required(map, "version"), at.ToUniversalTime(),
            Int(map.TryGetProperty("entities", out var e) ? e : default), Int(map.TryGetProperty("relations", out var r) ? r : default), byKind);
    }

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
