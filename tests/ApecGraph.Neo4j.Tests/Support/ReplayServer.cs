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
/// A real HTTP server on 127.0.0.1 (HttpListener) that answers with recorded or made-up Neo4j answers and keeps every
/// request, so tests see exactly what the client sent over the socket.
/// </summary>
internal sealed class ReplayServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<ReceivedRequest, Reply> respond;
    private readonly ConcurrentQueue<ReceivedRequest> requests = new();

    private ReplayServer(Func<ReceivedRequest, Reply> respond)
    {
        this.respond = respond;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                Uri = new Uri($"http://127.0.0.1:{port}");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Prefixes.Clear();
            }
        }
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

    /// <summary>A port HttpListener may try: bound, then released (HttpListener cannot bind port 0 and report it, so the
    /// constructor retries when another process took the port in between).</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => listener.Close();

    private async Task AcceptLoop()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync(),
                context.Request.Headers["Authorization"]);
            requests.Enqueue(request);
            Reply reply;
            try
            {
                reply = respond(request);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // a refusal (4xx), so that the test fails at once with the reason instead of retrying
                reply = Bodies.Error("Test.ReplayServer.ResponderFailed", e.ToString(), 400);
            }
            if (reply.Delay > TimeSpan.Zero)
                await Task.Delay(reply.Delay);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
                context.Response.Headers[name] = value;
            var body = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // the client gave up (a timeout test) or the server is closing
        }
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
