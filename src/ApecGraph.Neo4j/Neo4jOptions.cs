namespace ApecGraph.Neo4j;

/// <summary>Where the Neo4j store lives and how hard to try (section <c>Neo4j</c>, e.g. env <c>Neo4j__Uri</c>).</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> (the HTTP API, not bolt).</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>Basic-auth user; leave unset when the server runs with auth disabled.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Time allowed for one HTTP request (one attempt).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (connection refused, 5xx, Neo.TransientError.*); a timed-out statement is not retried.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The largest answer read from Neo4j; a larger one fails the call rather than fill the API's memory.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Delay before the first retry; each further retry doubles it (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Every problem with these options, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Uri is null)
            problems.Add($"{Section}:Uri is required (e.g. http://localhost:7474)");
        else if (!Uri.IsAbsoluteUri || (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps))
            problems.Add($"{Section}:Uri must be an absolute http:// or https:// address of Neo4j's HTTP API (not bolt://), got '{Uri}'");
        if (string.IsNullOrWhiteSpace(Database))
            problems.Add($"{Section}:Database must not be empty");
        if (string.IsNullOrEmpty(User) && !string.IsNullOrEmpty(Password))
            problems.Add($"{Section}:Password is set but {Section}:User is not");
        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(10))
            problems.Add($"{Section}:RequestTimeout must be between 0 and 10 minutes, got {RequestTimeout}");
        if (MaxRetries is < 0 or > 10)
            problems.Add($"{Section}:MaxRetries must be 0 to 10, got {MaxRetries}");
        if (MaxResponseBytes < 1024)
            problems.Add($"{Section}:MaxResponseBytes must be at least 1024, got {MaxResponseBytes}");
        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromSeconds(30))
            problems.Add($"{Section}:RetryDelay must be between 0 and 30 seconds, got {RetryDelay}");
        return problems;
    }
}
