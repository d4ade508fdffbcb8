using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ApecGraph.Neo4j.Http;

namespace ApecGraph.Neo4j.Tests.Support;

/// <summary>A request the replay server received.</summary>
internal sealed record ReceivedRequest(string Method, string Path, string Body, string? Authorization)
{
    /// <summary>The statements of a transactional-endpoint request: text and parameters.</summary>
    public IReadOnlyList<(string Text, JsonElement Parameters)> Statements =>
        Body.Length == 0 ? [] :
        [.. JsonDocument.Parse(Body).RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => (s.GetProperty("statement").GetString()!, s.GetProperty("parameters").Clone()))];
}

/// <summary>What the replay server answers: a status, a body, extra headers, and how long to wait first.</summary>
internal sealed record Reply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 that answers with recorded or made-up Neo4j answers and keeps every request, so
/// tests see exactly what the client sent over the socket. It binds port 0 and reports the port the system gave it, so
/// no other process can take the port between choosing and binding it.
/// </summary>
internal sealed class ReplayServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Func<ReceivedRequest, Reply> respond;
    private readonly ConcurrentQueue<ReceivedRequest> requests = new();

    private ReplayServer(Func<ReceivedRequest, Reply> respond)
    {
        this.respond = respond;
        listener.Start();
        Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        _ = Task.Run(AcceptLoop);
    }

    public Uri Uri { get; }

    public IReadOnlyList<ReceivedRequest> Requests => [.. requests];

    public static ReplayServer Start(Func<ReceivedRequest, Reply> respond) => new(respond);

    /// <summary>Answers in this order; the last answer repeats.</summary>
    public static ReplayServer Start(params Reply[] replies)
    {
        var next = 0;
        return new(_ => replies[Math.Min(Interlocked.Increment(ref next) - 1, replies.Length - 1)]);
    }

    /// <summary>A client for this server with quick retries (2 retries, 1 ms apart).</summary>
    public Neo4jHttpClient Client(Action<Neo4jOptions>? configure = null) => Neo4jHttpClient.Create(Options(Uri, configure));

    public static Neo4jOptions Options(Uri uri, Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = uri, MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(1), RequestTimeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A port on 127.0.0.1 bound but never listened on, held until disposed: connections to it are refused,
    /// and nothing else can take it meanwhile.</summary>
    public static HeldPort ClosedPort() => new();

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
    }

    private async Task AcceptLoop()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Serve(connection));
        }
    }

    // One connection, request after request (the client keeps connections alive), until it closes.
    private async Task Serve(TcpClient connection)
    {
        using (connection)
        {
            try
            {
                var stream = connection.GetStream();
                var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
                while (await ReadAsync(reader) is { } request)
                    await WriteAsync(stream, Reply(request));
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // the client gave up (a timeout test) or the server is closing
            }
        }
    }

    private Reply Reply(ReceivedRequest request)
    {
        requests.Enqueue(request);
        try
        {
            return respond(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a refusal (4xx), so that the test fails at once with the reason instead of retrying
            return Bodies.Error("Test.ReplayServer.ResponderFailed", e.ToString(), 400);
        }
    }

    private async Task<ReceivedRequest?> ReadAsync(StreamReader reader)
    {
        var line = await reader.ReadLineAsync(stopping.Token);
        if (string.IsNullOrEmpty(line)) return null;
        var parts = line.Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadLineAsync(stopping.Token) is { Length: > 0 } header)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
        }
        // Neo4jHttpClient sends a Content-Length (a byte array body); its bodies are ASCII-escaped JSON
        var length = headers.TryGetValue("Content-Length", out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var body = new char[length];
        var read = 0;
        while (read < length)
        {
            var n = await reader.ReadAsync(body.AsMemory(read), stopping.Token);
            if (n == 0) return null;
            read += n;
        }
        return new ReceivedRequest(parts[0], new Uri("http://x" + parts[1]).AbsolutePath, new string(body, 0, read), headers.GetValueOrDefault("Authorization"));
    }

    private async Task WriteAsync(NetworkStream stream, Reply reply)
    {
        if (reply.Delay > TimeSpan.Zero)
            await Task.Delay(reply.Delay, stopping.Token);
        var body = Encoding.UTF8.GetBytes(reply.Body);
        var head = new StringBuilder($"HTTP/1.1 {reply.Status} {(HttpStatusCode)reply.Status}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            head.Append(System.Globalization.CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), stopping.Token);
        await stream.WriteAsync(body, stopping.Token);
    }
}

/// <summary>A socket bound to a port on 127.0.0.1 and not listening.</summary>
internal sealed class HeldPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public HeldPort() => socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

    public int Port => ((IPEndPoint)socket.LocalEndPoint!).Port;

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    public void Dispose() => socket.Dispose();
}
