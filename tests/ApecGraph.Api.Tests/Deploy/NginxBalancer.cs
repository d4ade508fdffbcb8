using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ApecGraph.Api.Tests.Deploy;

/// <summary>
/// A real nginx (Debian's, installed by <c>.ci/run</c>) running the repository's own <c>deploy/nginx.conf</c>, with
/// only what must differ outside Docker rewritten: the upstream servers (the given replicas instead of the compose
/// service), the port, and the paths nginx writes to. Tests skip, with the reason, where nginx is not installed.
/// </summary>
public sealed partial class NginxBalancer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxBalancer(Process process, string folder, int port) => (_process, _folder, Port) = (process, folder, port);

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public static NginxBalancer StartOrSkip(IEnumerable<Uri> replicas)
    {
        var program = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
        if (program is null) Assert.Skip("nginx tests skipped: nginx is not installed (Debian: apt-get install nginx-light; .ci/run installs it)");
        var folder = Directory.CreateTempSubdirectory("apecgraph-nginx-").FullName;
        var port = FreePort();
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), Render(File.ReadAllText(DeployConfig()), replicas, port, folder));
        var process = Process.Start(new ProcessStartInfo(program,
            ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", $"daemon off; pid {folder}/nginx.pid; error_log {folder}/error.log;"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var balancer = new NginxBalancer(process, folder, port);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!balancer.Answers())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var why = process.HasExited ? process.StandardError.ReadToEnd() : "not listening within 10 s";
                balancer.Dispose();
                Assert.Fail($"nginx did not start with deploy/nginx.conf: {why}");
            }
            Thread.Sleep(50);
        }
        return balancer;
    }

    /// <summary>deploy/nginx.conf with the replicas as upstream servers, listening on loopback, writing under <paramref name="folder"/>.</summary>
    public static string Render(string config, IEnumerable<Uri> replicas, int port, string folder)
    {
        var servers = string.Join("\n", replicas.Select(r => $"        server {r.Host}:{r.Port} max_fails=2 fail_timeout=5s;"));
        var rendered = ServiceServer().Replace(config, servers, 1);
        rendered = Listen().Replace(rendered, $"listen 127.0.0.1:{port};", 1);
        var paths = string.Join("\n", new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }
            .Select(kind => $"    {kind}_temp_path {folder}/{kind};")) + $"\n    access_log {folder}/access.log;\n";
        rendered = rendered.Replace("http {\n", "http {\n" + paths, StringComparison.Ordinal);
        if (rendered == config || !rendered.Contains($"listen 127.0.0.1:{port};", StringComparison.Ordinal) || !rendered.Contains(folder, StringComparison.Ordinal))
            throw new InvalidOperationException("deploy/nginx.conf no longer has the shape this test rewrites (upstream server api:8080, listen 8080, http {)");
        return rendered;
    }

    /// <summary>The lines of nginx's access log so far (one per request it proxied).</summary>
    public IReadOnlyList<string> AccessLog() =>
        File.Exists(Path.Combine(_folder, "access.log")) ? File.ReadAllLines(Path.Combine(_folder, "access.log")) : [];

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string DeployConfig()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "deploy", "nginx.conf");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("deploy/nginx.conf not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^\s*server api:8080[^;]*;", RegexOptions.Multiline)]
    private static partial Regex ServiceServer();

    [GeneratedRegex(@"listen 8080;")]
    private static partial Regex Listen();
}
