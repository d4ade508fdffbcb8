using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ApecGraph.Api.Tests.Hostile;

/// <summary>Keeps every log entry of Error level or above (and any entry carrying an exception) the server writes.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>The entries so far, oldest first: "level category: message" and the exception's type and message.</summary>
    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Error && exception is null) return;
            var error = exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]";
            logs._entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{error}");
        }
    }
}
