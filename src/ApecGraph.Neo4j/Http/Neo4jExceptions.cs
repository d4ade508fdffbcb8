namespace ApecGraph.Neo4j.Http;

/// <summary>
/// Neo4j refused a statement for a reason that retrying will not fix: a syntax error, a missing parameter, a constraint
/// violation, an unknown database, bad credentials. That is a bug or a misconfiguration, not an outage, so it is not a
/// <see cref="Core.Store.GraphStoreUnavailableException"/>.
/// </summary>
public sealed class Neo4jQueryException(string code, string neo4jMessage)
    : Exception($"Neo4j refused the request: {code}: {neo4jMessage}")
{
    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c> (or <c>HTTP 404</c> when the answer had none).</summary>
    public string Code { get; } = code;

    public string Neo4jMessage { get; } = neo4jMessage;
}

/// <summary>Neo4j answered something that is not the HTTP API's JSON (e.g. a proxy's error page), or not the expected shape.</summary>
public sealed class Neo4jResponseException(string message, Exception? innerException = null)
    : Exception($"Unexpected answer from Neo4j: {message}", innerException);

/// <summary>A failure worth retrying: no connection, a timeout, a 5xx, or a Neo.TransientError.*.</summary>
internal sealed class Neo4jTransientException(string reason, Exception? innerException = null) : Exception(reason, innerException);
