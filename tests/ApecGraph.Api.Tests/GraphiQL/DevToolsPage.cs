using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

using Xunit;

namespace ApecGraph.Api.Tests.GraphiQL;

/// <summary>A headless Chromium tab driven over the DevTools protocol (a WebSocket), to click and read the page.</summary>
public sealed class DevToolsPage : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket = new();
    private int _lastId;

    private DevToolsPage(Process process) => _process = process;

    /// <summary>Every URL the page asked for (<c>Network.requestWillBeSent</c>), when opened with <c>Network.enable</c> in its setup.</summary>
    public ConcurrentQueue<string> RequestedUrls { get; } = new();

    /// <summary>Opens <paramref name="url"/> in a new Chromium; <paramref name="setup"/>: DevTools commands sent before it loads.</summary>
    public static async Task<DevToolsPage> OpenAsync(HeadlessChromium chromium, Uri url, CancellationToken cancellationToken,
        IReadOnlyList<(string Method, object Parameters)>? setup = null)
    {
        var process = Process.Start(chromium.StartInfo("--remote-debugging-port=0", "about:blank"))!;
        var page = new DevToolsPage(process);
        try
        {
            string? line;
            do line = await process.StandardError.ReadLineAsync(cancellationToken)
                ?? throw new InvalidOperationException("chromium exited before DevTools was listening");
            while (!line.StartsWith("DevTools listening on ", StringComparison.Ordinal));
            _ = process.StandardError.ReadToEndAsync(CancellationToken.None); // keep draining so Chromium never blocks
            var browser = new Uri(line["DevTools listening on ".Length..].Trim());
            using var http = new HttpClient { BaseAddress = new Uri($"http://{browser.Authority}") };
            var targets = await http.GetFromJsonAsync<JsonElement>("/json/list", cancellationToken);
            var tab = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
            await page._socket.ConnectAsync(new Uri(tab.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
            foreach (var (method, parameters) in setup ?? []) await page.SendAsync(method, parameters, cancellationToken);
            await page.SendAsync("Page.navigate", new { url = url.AbsoluteUri }, cancellationToken);
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, cancellationToken);
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Saves what the page shows as a PNG, for a person to look at.</summary>
    public async Task ScreenshotAsync(string path, CancellationToken cancellationToken)
    {
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png" }, cancellationToken);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!), cancellationToken);
    }

    /// <summary>Sets the size of the page's viewport in CSS pixels (headless Chromium starts at 800 x 600).</summary>
    public Task SetViewportAsync(int width, int height, CancellationToken cancellationToken) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false }, cancellationToken);

    /// <summary>Polls <paramref name="expression"/> until it is true; false on timeout.</summary>
    public async Task<bool> WaitForAsync(string expression, TimeSpan timeout, CancellationToken cancellationToken)
    {
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < timeout; await Task.Delay(200, cancellationToken))
            if ((await EvaluateAsync(expression, cancellationToken)).ValueKind == JsonValueKind.True) return true;
        return false;
    }

    /// <summary>Sends a DevTools command (e.g. <c>Input.dispatchMouseEvent</c>) and returns its result.</summary>
    public Task<JsonElement> CommandAsync(string method, object parameters, CancellationToken cancellationToken) =>
        SendAsync(method, parameters, cancellationToken);

    private async Task<JsonElement> SendAsync(string method, object parameters, CancellationToken cancellationToken)
    {
        var id = ++_lastId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        while (true) // replies come in order; events and other ids are skipped (requests recorded)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync(cancellationToken));
            if (reply.RootElement.TryGetProperty("method", out var eventName) && eventName.GetString() == "Network.requestWillBeSent")
                RequestedUrls.Enqueue(reply.RootElement.GetProperty("params").GetProperty("request").GetProperty("url").GetString()!);
            if (!reply.RootElement.TryGetProperty("id", out var replyId) || replyId.GetInt32() != id) continue;
            if (reply.RootElement.TryGetProperty("error", out var error)) throw new InvalidOperationException($"{method}: {error}");
            return reply.RootElement.GetProperty("result").Clone();
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cancellationToken);
            text.Write(buffer, 0, received.Count);
        } while (!received.EndOfMessage);
        return Encoding.UTF8.GetString(text.ToArray());
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
