using System.Text;

namespace ApecGraph.HostileCorpus;

/// <summary>One request of the hostile corpus: what to send, and what kind of abuse it is.</summary>
/// <param name="Category">The abuse it belongs to (see <see cref="Categories"/>).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="PathAndQuery">Request target, already percent-encoded.</param>
/// <param name="Headers">Request and content headers, sent as given (no validation).</param>
/// <param name="Body">Body bytes (empty for none).</param>
public sealed record HostileRequest(string Category, string Method, string PathAndQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>Position in the corpus; stable for a seed and a schema.</summary>
    public int Id { get; init; }

    /// <summary>Needs a raw socket (<see cref="RawRequest"/>, byte-by-byte sending): over loopback only, not in process.</summary>
    public bool LoopbackOnly => RawRequest is not null;

    /// <summary>The exact bytes to write on a socket, for requests an HTTP client cannot send.</summary>
    public byte[]? RawRequest { get; init; }

    /// <summary>For raw requests: delay between single bytes (a slow client); 0 writes all at once.</summary>
    public int ByteDelayMs { get; init; }

    /// <summary>A known cost bomb (an answer of many MB that takes seconds today): a cost limit must refuse it.</summary>
    public bool KnownCostBomb { get; init; }

    /// <summary>A short, printable description (method, target and the start of the body).</summary>
    public string Describe(int max = 300)
    {
        var target = PathAndQuery.Length > max ? PathAndQuery[..max] + $"…({PathAndQuery.Length} chars)" : PathAndQuery;
        var bytes = RawRequest ?? Body;
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, max)).ReplaceLineEndings("\\n");
        var more = bytes.Length > max ? $"…({bytes.Length} bytes)" : "";
        return $"{Method} {target}{(bytes.Length > 0 ? " body: " + text + more : "")}";
    }
}
