using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace ApecGraph.Api.Caching;

/// <summary>
/// FusionCache's second tier as plain Redis strings through StackExchange.Redis: one <c>GET</c> per read and one
/// <c>SET … PX</c> per write. (Microsoft's RedisCache keeps each entry as a hash for sliding expiration, which the
/// response cache never uses: an <c>HMGET</c> of three fields per read, a script per write.) The client connects in
/// the background and keeps reconnecting; a command sent while it is disconnected fails at once instead of waiting
/// in a backlog, and one that gets no answer within <see cref="ResponseCacheOptions.RedisTimeout"/> fails too.
/// </summary>
public sealed class RedisEntries(string connection, ResponseCacheOptions options) : IDistributedCache, IDisposable
{
    public const string KeyPrefix = "apecgraph:";

    // The connection string is parsed here, when the API starts, so that a malformed one stops the start instead of
    // failing every later call; the connection itself is made on first use (RedisConnect makes it at start).
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = Connector(Configuration(connection, options));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await (await Database()).StringGetAsync(KeyPrefix + key);

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions entry, CancellationToken token = default) =>
        await (await Database()).StringSetAsync(KeyPrefix + key, value, Expiry(entry));

    // Entries expire at a fixed time: nothing to refresh.
    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public async Task RemoveAsync(string key, CancellationToken token = default) =>
        await (await Database()).KeyDeleteAsync(KeyPrefix + key);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions entry) => SetAsync(key, value, entry).GetAwaiter().GetResult();

    public void Refresh(string key) { }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully) _connection.Value.Result.Dispose();
    }

    // Connected (the usual case): at once. Still connecting: bounded, as a command is.
    private async ValueTask<IDatabase> Database()
    {
        var task = _connection.Value;
        return (task.IsCompletedSuccessfully ? task.Result : await task.WaitAsync(options.RedisTimeout)).GetDatabase();
    }

    private static Expiration Expiry(DistributedCacheEntryOptions entry) =>
        entry.AbsoluteExpirationRelativeToNow is { } relative ? relative
        : entry.AbsoluteExpiration is { } at ? at.UtcDateTime
        : entry.SlidingExpiration is { } sliding ? sliding
        : Expiration.Default;

    private static Lazy<Task<ConnectionMultiplexer>> Connector(ConfigurationOptions configuration) =>
        new(() => ConnectionMultiplexer.ConnectAsync(configuration));

    private static ConfigurationOptions Configuration(string connection, ResponseCacheOptions options)
    {
        var configuration = ConfigurationOptions.Parse(connection);
        // Not echoed: the connection string may hold a password.
        if (configuration.EndPoints.Count == 0)
            throw new InvalidOperationException("ConnectionStrings:Redis names no Redis server; give host:port, e.g. 127.0.0.1:6379.");
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = 2000;
        configuration.AsyncTimeout = configuration.SyncTimeout = (int)Math.Max(1, options.RedisTimeout.TotalMilliseconds);
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        // The client checks its commands' timeouts on each heartbeat: often enough that a slow Redis is given up on
        // close to RedisTimeout, without a timer per command.
        configuration.HeartbeatInterval = TimeSpan.FromMilliseconds(Math.Clamp(options.RedisTimeout.TotalMilliseconds / 2, 50, 1000));
        return configuration;
    }
}
