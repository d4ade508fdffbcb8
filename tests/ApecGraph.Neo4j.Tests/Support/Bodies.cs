using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>Answers in the transactional endpoint's format, for statements whose results the tests make up.</summary>
internal static class Bodies
{
    public sealed record Result(string[] Columns, IReadOnlyList<object?[]> Rows);

    public static Reply Ok(params Result[] results) => new(200, Json(results, []));

    public static Reply Error(string code, string message, int status = 200) =>
        new(status, JsonSerializer.Serialize(new { results = Array.Empty<object>(), errors = new[] { new { code, message } } }));

    /// <summary>One empty result per statement of the request.</summary>
    public static Reply Empty(ReceivedRequest request) =>
        Ok([.. request.Statements.Select(_ => new Result([], []))]);

    public static Result Rows(string[] columns, IEnumerable<object?[]> rows) => new(columns, [.. rows]);

    /// <summary>An entity as the store's projection returns it.</summary>
    public static Dictionary<string, object?> Entity(Entity e) => new(EvidenceLists(e.Evidence))
    {
        ["id"] = e.Id,
        ["kind"] = Stored.KindLabel(e.Kind),
        ["name"] = e.Name,
        ["aliases"] = e.Aliases.Count > 0 ? e.Aliases : null,
        ["description"] = e.Description,
        ["props"] = GraphJson.Properties(e.Properties),
    };

    /// <summary>A relation as the store's projection returns it.</summary>
    public static Dictionary<string, object?> Relation(Relation r) => new(EvidenceLists(r.Evidence))
    {
        ["id"] = r.Id,
        ["type"] = r.Type,
        ["from"] = r.From,
        ["to"] = r.To,
        ["role"] = r.Role,
        ["date"] = r.Date,
        ["status"] = r.Status,
        ["modality"] = r.Modality == Modality.Actual ? null : r.Modality.ToString().ToUpperInvariant(), // as the import writes it
        ["note"] = r.Note,
    };

    /// <summary>Evidence as a projection answers it: parallel lists, null when there is none (and no supports list when
    /// no evidence supports a property), written out here rather than by the import's code.</summary>
    private static Dictionary<string, object?> EvidenceLists(IReadOnlyList<Evidence> evidence)
    {
        var none = evidence.Count == 0;
        return new()
        {
            ["evidenceDocs"] = none ? null : evidence.Select(x => x.DocumentId).ToArray(),
            ["evidenceQuotes"] = none ? null : evidence.Select(x => x.Quote).ToArray(),
            ["evidenceStarts"] = none ? null : evidence.Select(x => x.Start ?? -1).ToArray(),
            ["evidenceEnds"] = none ? null : evidence.Select(x => x.End ?? -1).ToArray(),
            ["evidenceSupports"] = evidence.Any(x => x.Supports.Count > 0) ? evidence.Select(x => string.Join(",", x.Supports)).ToArray() : null,
        };
    }

    private static string Json(IEnumerable<Result> results, object[] errors) => JsonSerializer.Serialize(new
    {
        results = results.Select(r => new { columns = r.Columns, data = r.Rows.Select(row => new { row, meta = row.Select(_ => (object?)null) }) }),
        errors,
    });
}
