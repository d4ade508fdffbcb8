using System.Collections.Concurrent;
using System.Text.Json;
using ApecGraph.Neo4j.Http;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>What the API sent to Neo4j: each request's statements, with the access mode it was labelled with.</summary>
internal sealed class StatementLog
{
    private readonly ConcurrentQueue<(string? Mode, string Text)> _sent = new();

    public IReadOnlyList<(string? Mode, string Text)> Sent => [.. _sent];

    public void Clear() => _sent.Clear();

    public void Add(string? mode, string text) => _sent.Enqueue((mode, text));
}

/// <summary>A handler in the Neo4j client's pipeline that logs every statement it passes on (one handler per pipeline,
/// one shared log).</summary>
internal sealed class StatementCounter(StatementLog log) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var mode = request.Headers.TryGetValues(Neo4jHttpClient.AccessModeHeader, out var values) ? string.Join(",", values) : null;
        if (request.Content is { } content && await content.ReadAsStringAsync(cancellationToken) is { Length: > 0 } body)
            foreach (var statement in JsonDocument.Parse(body).RootElement.GetProperty("statements").EnumerateArray())
                log.Add(mode, statement.GetProperty("statement").GetString()!);
        return await base.SendAsync(request, cancellationToken);
    }
}
