using System.Net.Sockets;

namespace ApecGraph.Neo4j.Testing;

/// <summary>Asks the Docker engine for <c>/_ping</c> (3 s at most), so that tests needing a container skip at once, with the reason, where none answers.</summary>
public static class DockerProbe
{
    /// <summary>Null when an engine answers; otherwise why not.</summary>
    public static async Task<string?> UnavailableReasonAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } h ? h : "unix:///var/run/docker.sock";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            using var http = Client(host, out var ping);
            if (http is null) return $"DOCKER_HOST={host} is not a unix:// or tcp:// address";
            using var answer = await http.GetAsync(ping, timeout.Token);
            return answer.IsSuccessStatusCode ? null : $"{host} answered HTTP {(int)answer.StatusCode} to /_ping";
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or OperationCanceledException)
        {
            return $"{host}: {e.Message}";
        }
    }

    private static HttpClient? Client(string host, out Uri ping)
    {
        if (host.StartsWith("tcp://", StringComparison.Ordinal))
        {
            ping = new Uri($"http://{host["tcp://".Length..]}/_ping");
            return new HttpClient();
        }
        ping = new Uri("http://docker/_ping");
        if (!host.StartsWith("unix://", StringComparison.Ordinal)) return null;
        var path = host["unix://".Length..];
        if (!File.Exists(path)) throw new IOException($"no Docker socket at {path}");
        return new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        });
    }
}
