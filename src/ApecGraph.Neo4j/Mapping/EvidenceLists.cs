using System.Text.Json;
using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Http;

namespace ApecGraph.Neo4j.Mapping;

/// <summary>Evidence as the parallel list properties of <see cref="Stored"/> (<c>evidenceDocs</c>, <c>evidenceQuotes</c>,
/// ...), written into an import row and read back from a projection. No evidence: no lists at all (null properties).</summary>
internal static class EvidenceLists
{
    public static void Add(IDictionary<string, object?> row, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0) return;
        var docs = new string[evidence.Count];
        var quotes = new string[evidence.Count];
        var starts = new int[evidence.Count];
        var ends = new int[evidence.Count];
        string[]? supports = null;
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            docs[i] = e.DocumentId;
            quotes[i] = e.Quote;
            starts[i] = e.Start ?? -1;
            ends[i] = e.End ?? -1;
            if (e.Supports.Count == 0) continue;
            supports ??= [.. Enumerable.Repeat("", evidence.Count)];
            supports[i] = string.Join(Stored.SupportsSeparator, e.Supports);
        }
        row[Stored.EvidenceDocs] = docs;
        row[Stored.EvidenceQuotes] = quotes;
        row[Stored.EvidenceStarts] = starts;
        row[Stored.EvidenceEnds] = ends;
        if (supports is not null) row[Stored.EvidenceSupports] = supports;
    }

    /// <summary>The evidence of a node's or relationship's projection; lists of different lengths are a broken store.</summary>
    public static IReadOnlyList<Evidence> Read(JsonElement map)
    {
        var docs = List(map, Stored.EvidenceDocs);
        if (docs is null) return [];
        var quotes = List(map, Stored.EvidenceQuotes);
        var starts = List(map, Stored.EvidenceStarts);
        var ends = List(map, Stored.EvidenceEnds);
        var supports = List(map, Stored.EvidenceSupports);
        var n = docs.Value.GetArrayLength();
        if (quotes?.GetArrayLength() != n || starts?.GetArrayLength() != n || ends?.GetArrayLength() != n
            || (supports is { } s && s.GetArrayLength() != n))
            throw new Neo4jResponseException($"a stored graph element's evidence lists differ in length: {map}");
        var evidence = new Evidence[n];
        for (var i = 0; i < n; i++)
        {
            var start = Rows.Int(starts.Value[i]);
            var end = Rows.Int(ends.Value[i]);
            var supported = supports?[i].GetString();
            evidence[i] = new Evidence(docs.Value[i].GetString()!, quotes.Value[i].GetString()!)
            {
                Supports = string.IsNullOrEmpty(supported) ? [] : supported.Split(Stored.SupportsSeparator),
                Start = start < 0 ? null : start,
                End = end < 0 ? null : end,
            };
        }
        return evidence;
    }

    private static JsonElement? List(JsonElement map, string key) =>
        map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array ? value : null;
}
