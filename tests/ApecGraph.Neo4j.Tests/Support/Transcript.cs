namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>One recorded request/response of a real Neo4j (Fixtures/*.txt): the response's status, headers and body.</summary>
internal sealed record Transcript(string RequestLine, int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static Transcript Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".txt"));
        var statusAt = Array.FindIndex(lines, l => l.StartsWith("HTTP/1.1 ", StringComparison.Ordinal));
        var status = int.Parse(lines[statusAt].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = statusAt + 1;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':');
            headers[lines[i][..colon]] = lines[i][(colon + 1)..].Trim();
        }
        return new Transcript(lines[0], status, headers, string.Join("\n", lines.Skip(i + 1)).Trim());
    }

    /// <summary>The recorded answer, to replay (Content-Type and Location kept).</summary>
    public Reply Reply() => new(Status, Body, Headers.Where(h => h.Key is "Location").ToDictionary(h => h.Key, h => h.Value));
}
