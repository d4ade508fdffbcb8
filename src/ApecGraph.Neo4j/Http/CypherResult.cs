using System.Text.Json;

namespace ApecGraph.Neo4j.Http;

/// <summary>The rows one statement returned, each as column name → JSON value (as the HTTP API's "row" format gives them).</summary>
public sealed class CypherResult(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows)
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Rows { get; } = rows;

    /// <summary>The single row of an aggregate statement.</summary>
    public IReadOnlyDictionary<string, JsonElement> SingleRow() =>
        Rows.Count == 1 ? Rows[0] : throw new Neo4jResponseException($"expected one row, Neo4j returned {Rows.Count}");
}
