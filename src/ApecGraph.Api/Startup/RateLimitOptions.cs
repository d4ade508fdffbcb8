namespace ApecGraph.Api.Startup;

/// <summary>Each client's share of the server (section <c>RateLimit</c>, e.g. env <c>RateLimit__ConcurrentRequests</c>).
/// A client is its remote IP address. Past the limits a request is answered 429 with <c>Retry-After</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Off: no client is limited (e.g. for a benchmark from one address).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client may have in progress at once.</summary>
    public int ConcurrentRequests { get; set; } = 64;

    /// <summary>Further requests of that client that wait for a free slot (oldest first) before 429.</summary>
    public int QueuedRequests { get; set; } = 128;

    /// <summary>Requests per second one client may start, on average; 0 means no such limit (the default).</summary>
    public int RequestsPerSecond { get; set; }

    /// <summary>Requests a client may start at once above that rate; by default one second's worth.</summary>
    public int? Burst { get; set; }

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (ConcurrentRequests < 1) problems.Add($"{Section}:{nameof(ConcurrentRequests)} must be at least 1, got {ConcurrentRequests}");
        if (QueuedRequests < 0) problems.Add($"{Section}:{nameof(QueuedRequests)} must be 0 or more, got {QueuedRequests}");
        if (RequestsPerSecond < 0) problems.Add($"{Section}:{nameof(RequestsPerSecond)} must be 0 (off) or more, got {RequestsPerSecond}");
        if (Burst is < 1) problems.Add($"{Section}:{nameof(Burst)} must be at least 1, got {Burst}");
        return problems;
    }
}
