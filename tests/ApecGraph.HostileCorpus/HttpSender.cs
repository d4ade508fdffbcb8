
namespace ApecGraph.HostileCorpus;

/// <summary>What one request got: status and body (a prefix when over the cap), or the exception / timeout instead.</summary>
public sealed record Outcome(HostileRequest Request, int Status, string? ContentType, byte[] Body, long Length, bool Truncated,
    TimeSpan Elapsed, string? Failure);

/// <summary>Sends corpus requests (not the raw ones) through an <see cref="HttpClient"/>, in process or over loopback, each with its own time limit (then cancelled).</summary>
public static class HttpSender
{
    public const int BodyCap = 16 * 1024 * 1024;

    public static HttpRequestMessage ToMessage(HostileRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery);
        if (request.Body.Length > 0 || request.Method is "POST" or "PUT" or "PATCH")
            message.Content = new ByteArrayContent(request.Body);
        foreach (var (name, value) in request.Headers)
        {
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else message.Headers.TryAddWithoutValidation(name, value);
        }
        return message;
    }

    public static async Task<Outcome> SendAsync(HttpClient client, HostileRequest request, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            // On a thread of its own and awaited with the limit: an in-process server that computes synchronously
            // (and ignores the cancellation) still cannot hold the caller past the limit.
            return await Task.Run(() => ExchangeAsync(client, request, started, timeout.Token), timeout.Token).WaitAsync(limit, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return new(request, 0, null, [], 0, false, started.Elapsed, $"no answer within {limit.TotalSeconds:0} s (cancelled)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new(request, 0, null, [], 0, false, started.Elapsed, $"unhandled exception reached the client: {e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task<Outcome> ExchangeAsync(HttpClient client, HostileRequest request, System.Diagnostics.Stopwatch started, CancellationToken cancellationToken)
    {
        using var message = ToMessage(request);
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var (body, length) = await ReadCappedAsync(stream, cancellationToken);
        return new(request, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, length, length > body.Length,
            started.Elapsed, null);
    }

    private static async Task<(byte[] Body, long Length)> ReadCappedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var kept = new MemoryStream();
        var chunk = new byte[64 * 1024];
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (kept.Length < BodyCap) kept.Write(chunk, 0, (int)Math.Min(read, BodyCap - kept.Length));
            length += read;
        }
        return (kept.ToArray(), length);
    }
}
