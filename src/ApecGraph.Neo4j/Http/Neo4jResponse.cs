using System.Net;
using System.Text.Json;

namespace ApecGraph.Neo4j.Http;

/// <summary>
/// Decodes an answer of the transactional HTTP endpoint (<c>/db/{db}/tx...</c>). That endpoint answers 200 even when a
/// statement failed (the transaction is then rolled back), so <c>errors</c> is checked on every answer, whatever the status.
/// </summary>
internal static class Neo4jResponse
{
    public const string TransientPrefix = "Neo.TransientError.";

    /// <summary>The results, one per statement sent; throws <see cref="Neo4jTransientException"/>,
    /// <see cref="Neo4jQueryException"/> or <see cref="Neo4jResponseException"/> otherwise.</summary>
    public static IReadOnlyList<CypherResult> Decode(HttpStatusCode status, string body)
    {
        var code = (int)status;
        if (code >= 500)
            throw new Neo4jTransientException($"HTTP {code} {status}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw code is >= 200 and < 300
                ? new Neo4jResponseException($"HTTP {code} with a body that is not JSON", e)
                : new Neo4jQueryException($"HTTP {code}", $"{status} (the body is not Neo4j's JSON)");
        }
        using (document)
        {
            var root = document.RootElement;
            ThrowOnErrors(root);
            if (code is < 200 or >= 300)
                throw new Neo4jQueryException($"HTTP {code}", status.ToString());
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
                throw new Neo4jResponseException($"HTTP {code} without a 'results' list");
            return [.. results.EnumerateArray().Select(Result)];
        }
    }

    private static void ThrowOnErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
            return;
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        if (code.StartsWith(TransientPrefix, StringComparison.Ordinal))
            throw new Neo4jTransientException($"{code}: {message}");
        throw new Neo4jQueryException(code.Length > 0 ? code : "Neo.Unknown", message);
    }

    private static CypherResult Result(JsonElement result)
    {
        var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var rows = new List<IReadOnlyDictionary<string, JsonElement>>();
        foreach (var data in result.GetProperty("data").EnumerateArray())
        {
            var values = data.GetProperty("row");
            var row = new Dictionary<string, JsonElement>(columns.Length, StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
                row[columns[i]] = values[i].Clone();
            rows.Add(row);
        }
        return new CypherResult(columns, rows);
    }
}
