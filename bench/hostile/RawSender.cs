using System.Net.Sockets;
using System.Text;
using ApecGraph.HostileCorpus;

namespace ApecGraph.HostileRunner;

/// <summary>Writes a raw request on a loopback socket (byte by byte for slow clients) and reads the answer until the
/// server closes or the limit passes.</summary>
public static class RawSender
{
    public static async Task<Outcome> SendAsync(Uri server, HostileRequest request, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(server.Host, server.Port, timeout.Token);
            var raw = request.RawRequest!;
            if (request.ByteDelayMs == 0) await socket.SendAsync(raw, SocketFlags.None, timeout.Token);
            else
                for (var i = 0; i < raw.Length; i++)
                {
                    await socket.SendAsync(raw.AsMemory(i, 1), SocketFlags.None, timeout.Token);
                    await Task.Delay(request.ByteDelayMs, timeout.Token);
                }
            // No half-close: Kestrel takes the client's FIN as the end of the connection and drops the answer; every raw
            // request says Connection: close, so the server closes when it has answered.
            using var answer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await socket.ReceiveAsync(chunk, SocketFlags.None, timeout.Token)) > 0) answer.Write(chunk, 0, read);
            return Parse(request, answer.ToArray(), started.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(request, 0, null, [], 0, false, started.Elapsed, $"no answer within {limit.TotalSeconds:0} s");
        }
        catch (SocketException e)
        {
            return new(request, 0, null, [], 0, false, started.Elapsed, $"connection failed: {e.SocketErrorCode}");
        }
    }

    private static Outcome Parse(HostileRequest request, byte[] answer, TimeSpan elapsed)
    {
        var text = Encoding.Latin1.GetString(answer);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (answer.Length == 0 || headEnd < 0 || !int.TryParse(text.AsSpan(9, 3), out var status))
            return new(request, 0, null, answer, answer.Length, false, elapsed, answer.Length == 0 ? "connection closed without an answer" : "unreadable answer");
        var head = text[..headEnd].Split("\r\n");
        string? Header(string name) => head.FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();
        var body = answer[(headEnd + 4)..];
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true) body = Dechunk(body);
        return new(request, status, Header("Content-Type")?.Split(';')[0], body, body.Length, false, elapsed, null);
    }

    private static byte[] Dechunk(byte[] body)
    {
        var output = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', at);
            if (lineEnd < 0) break;
            var size = Convert.ToInt32(Encoding.ASCII.GetString(body, at, lineEnd - at).Trim().Split(';')[0], 16);
            if (size == 0) break;
            output.Write(body, lineEnd + 1, Math.Min(size, body.Length - lineEnd - 1));
            at = lineEnd + 1 + size + 2;
        }
        return output.ToArray();
    }
}
