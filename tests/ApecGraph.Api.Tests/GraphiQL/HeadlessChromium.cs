using System.Diagnostics;

using Xunit;

namespace ApecGraph.Api.Tests.GraphiQL;

/// <summary>Debian's headless Chromium (apt package <c>chromium</c>), allowed to reach loopback addresses only.</summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private readonly string _profile = Directory.CreateTempSubdirectory("apecgraph-chromium-").FullName;

    /// <summary>The executable (CHROMIUM_PATH overrides), or a test skip saying how to install it.</summary>
    public static string FindOrSkip()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultPath;
        if (!File.Exists(path))
            Assert.Skip($"Chromium not found at {path}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.");
        return path;
    }

    public ProcessStartInfo StartInfo(params string[] arguments)
    {
        var info = new ProcessStartInfo(FindOrSkip()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", $"--user-data-dir={_profile}",
            // No network but loopback: names don't resolve, and any non-loopback URL goes to a dead proxy.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--proxy-server=http://127.0.0.1:9",
        })
            info.ArgumentList.Add(flag);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        return info;
    }

    /// <summary>Loads <paramref name="url"/>, lets its scripts run, and returns the serialized DOM.</summary>
    public async Task<string> DumpDomAsync(Uri url, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo("--virtual-time-budget=15000", "--dump-dom", url.AbsoluteUri))!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        var dom = await stdout;
        var errors = (await stderr).Split('\n').Where(line => !line.Contains("dbus", StringComparison.Ordinal)); // container noise
        Assert.True(process.ExitCode == 0 && dom.Length > 0, $"chromium exited {process.ExitCode}: {string.Join('\n', errors)}");
        return dom;
    }

    public void Dispose()
    {
        try { Directory.Delete(_profile, recursive: true); }
        catch (IOException) { } // Chromium's helpers may still be closing files; the temp folder is harmless.
    }
}
