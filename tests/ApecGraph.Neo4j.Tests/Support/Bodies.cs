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
    public static Dictionary<string, object?> Entity(Entity e) => new()
    {
        ["id"] = e.Id,
        ["kind"] = Stored.KindLabel(e.Kind),
        ["name"] = e.Name,
        ["aliases"] = e.Aliases.Count > 0 ? e.Aliases : null,
        ["description"] = e.Description,
        ["props"] = GraphJson.Properties(e.Properties),
        ["evidence"] = GraphJson.Evidence(e.Evidence),
    };

    /// <summary>A relation as the store's projection returns it.</summary>
    public static Dictionary<string, object?> Relation(Relation r) => new()
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
        ["evidence"] = GraphJson.Evidence(r.Evidence),
    };

    private static string Json(IEnumerable<Result> results, object[] errors) => JsonSerializer.Serialize(new
    {
        results = results.Select(r => new { columns = r.Columns, data = r.Rows.Select(row => new { row, meta = row.Select(_ => (object?)null) }) }),
        errors,
    });
}
