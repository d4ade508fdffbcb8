using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ApecGraph.Api.Tests.Telemetry;

/// <summary>Records every log line with the scopes it was written in, as a console or JSON logger with scopes would show them.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    public sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Scope)
    {
        public object? ScopeValue(string key) => Scope.LastOrDefault(kv => kv.Key == key).Value;
    }

    private sealed class Logger(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new List<KeyValuePair<string, object?>>();
            provider.scopes.ForEachScope((s, list) =>
            {
                if (s is IEnumerable<KeyValuePair<string, object?>> pairs) list.AddRange(pairs);
            }, scope);
            provider.Lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), scope));
        }
    }
}
