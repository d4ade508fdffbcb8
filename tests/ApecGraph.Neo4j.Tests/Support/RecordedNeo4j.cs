using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>One request a real Neo4j 5.26 answered (Fixtures/*.jsonl, from /work/shared/neo4j-real/transcripts.jsonl.gz).</summary>
internal sealed record Recording(string Path, int Status, string Text, JsonNode? Parameters, JsonNode Answer);

/// <summary>
/// Replays what a real Neo4j answered, and nothing else: a request is answered only when its one statement's text and
/// parameters are exactly those of a recording; anything else is refused (400, "no recording"), so a changed statement
/// fails its test instead of meeting a model of Cypher.
/// </summary>
internal sealed class RecordedNeo4j
{
    private readonly IReadOnlyList<Recording> recordings;

    private RecordedNeo4j(IReadOnlyList<Recording> recordings) => this.recordings = recordings;

    public IReadOnlyList<Recording> Recordings => recordings;

    public static RecordedNeo4j Load(string fixture) => new([.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture))
        .Where(line => line.Length > 0)
        .Select(line => JsonNode.Parse(line)!)
        .Select(o => new Recording((string)o["path"]!, (int)o["status"]!, (string)o["statements"]![0]!["statement"]!,
            o["statements"]![0]!["parameters"]?.DeepClone(), o["answer"]!.DeepClone()))]);

    public Reply Answer(ReceivedRequest request)
    {
        if (request.Statements is not [var (text, parameters)])
            return Bodies.Error("Test.Replay.NoRecording", $"not one statement: {request.Method} {request.Path}", 400);
        var sent = JsonNode.Parse(parameters.GetRawText());
        var ungenerated = WithoutGeneration(text);
        var match = recordings.FirstOrDefault(r => r.Path == request.Path && r.Text == ungenerated && JsonNode.DeepEquals(r.Parameters, sent));
        return match is null
            ? Bodies.Error("Test.Replay.NoRecording", $"no real Neo4j answer was recorded for this statement and parameters:\n{text}\n{sent?.ToJsonString()}", 400)
            : new Reply(match.Status, match.Answer.ToJsonString());
    }

    /// <summary>
    /// A statement as it was before the generation filter (<see cref="Mapping.Stored.CurrentGeneration"/>) and the evidence
    /// lists were added: the recordings predate both. The recorded server held one graph, so its answers (ids, counts)
    /// are those the filtered statement gives on a database holding one generation; their evidence (a JSON string then)
    /// is not read back, so tests on them compare ids and counts only.
    /// </summary>
    public static string WithoutGeneration(string text) =>
        (text.StartsWith(Mapping.Stored.CurrentGeneration + "\n", StringComparison.Ordinal) ? text[(Mapping.Stored.CurrentGeneration.Length + 1)..] : text)
            .Replace("CALL (gen) {", "CALL {", StringComparison.Ordinal)
            .Replace(" {gen: gen}", "", StringComparison.Ordinal)
            .Replace(", gen: gen}", "}", StringComparison.Ordinal)
            .Replace(Mapping.Stored.EntityProjection, "{.id, .kind, .name, .aliases, .description, .props, .evidence}", StringComparison.Ordinal);
}
