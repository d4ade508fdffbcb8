using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ApecGraph.Api.Tests.Caching;

/// <summary>
/// A real <c>redis-server</c> (Debian's, installed by <c>.ci/run</c>) on a free loopback port, with nothing written
/// to disk (<c>--save "" --appendonly no</c>). It can be killed and started again on the same port, as an outage
/// would. Tests skip, with the reason, where no redis-server can be started.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private Process? _process;

    private RedisServer(string program, int port) => (Program, Port) = (program, port);

    public string Program { get; }

    public int Port { get; }

    /// <summary>The connection string the API takes (<c>ConnectionStrings:Redis</c>).</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts one, or skips the test with the reason.</summary>
    public static RedisServer StartOrSkip()
    {
        var program = Find();
        if (program is null) Assert.Skip("Redis tests skipped: redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)");
        var server = new RedisServer(program, FreePort());
        if (!server.Start(out var why))
        {
            server.Dispose();
            Assert.Skip($"Redis tests skipped: redis-server did not start: {why}");
        }
        return server;
    }

    /// <summary>Starts the server (again) on its port and waits until it answers PING.</summary>
    public bool Start(out string why)
    {
        _process = Process.Start(new ProcessStartInfo(Program,
            $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --maxmemory 64mb --maxmemory-policy allkeys-lru")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) { why = $"exited with {_process.ExitCode}"; return false; }
            if (Command("PING") == "+PONG") { why = ""; return true; }
            Thread.Sleep(50);
        }
        why = "no PONG within 10 s";
        return false;
    }

    /// <summary>Kills the server at once (SIGKILL): connections drop mid-command, as in a crash.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false }) _process.Kill();
        _process?.WaitForExit();
    }

    /// <summary>Sends one inline command and returns the first line of the reply, or null when the server does not answer.</summary>
    public string? Command(string command)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            client.ReceiveTimeout = 5000;
            var stream = client.GetStream();
            stream.Write(Encoding.ASCII.GetBytes(command + "\r\n"));
            var reply = new StringBuilder();
            var buffer = new byte[4096];
            do
            {
                var read = stream.Read(buffer);
                if (read == 0) break;
                reply.Append(Encoding.ASCII.GetString(buffer, 0, read));
            } while (!reply.ToString().Contains("\r\n"));
            return reply.ToString().Split("\r\n")[0];
        }
        catch (SocketException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The number of keys the server holds (<c>DBSIZE</c>).</summary>
    public int KeyCount() => int.Parse(Command("DBSIZE")!.TrimStart(':'), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/bin").Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "redis-server")).FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
