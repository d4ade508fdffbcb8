using System.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;

namespace ApecGraph.Api.Caching;

/// <summary>
/// The Redis tier as the response cache sees it: <see cref="RedisEntries"/> (which bounds each call by
/// <see cref="ResponseCacheOptions.RedisTimeout"/>), with every call counted. A failed or slow call is rethrown to
/// FusionCache, which goes on without Redis (the request is answered from the in-process tier or by executing) and
/// leaves Redis alone for <see cref="ResponseCacheOptions.RedisRetryAfter"/>. An outage is logged once when it starts
/// and once when Redis answers again, however many calls fail in between.
/// </summary>
public sealed class RedisTier(IDistributedCache redis, TimeSpan timeout, ILogger<RedisTier> logger) : IDistributedCache
{
    private long _errors, _hits, _misses;
    // An outage starts with the first failure of a call begun after Redis last came back, and ends with the first
    // success of a call begun after the outage started: calls in flight across the change do not make it flap.
    private long _downSince, _upSince = Stopwatch.GetTimestamp();

    /// <summary>Redis calls that failed or took longer than the timeout.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Reads Redis answered with an entry.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Reads Redis answered without an entry.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>True from a failed call until a call succeeds.</summary>
    public bool Down => Interlocked.Read(ref _downSince) != 0;

    // The read of every hit: as Bounded, written out, so that it takes no closure and no await of its own.
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var value = await redis.GetAsync(key, token);
            Answered(started);
            Interlocked.Increment(ref value is null ? ref _misses : ref _hits);
            return value;
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            Failed(started, e, timeout);
            throw;
        }
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        Bounded(async ct => { await redis.SetAsync(key, value, options, ct); return true; }, token);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        Bounded(async ct => { await redis.RefreshAsync(key, ct); return true; }, token);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        Bounded(async ct => { await redis.RemoveAsync(key, ct); return true; }, token);

    // FusionCache calls the async methods; the synchronous ones are here for the interface and share the bound.
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    /// <summary>Connects (the client connects on its first call, which takes longer than a call's bound) and says
    /// whether Redis answered within <paramref name="connectTimeout"/>; never throws.</summary>
    public async Task<bool> ConnectAsync(TimeSpan connectTimeout, CancellationToken token)
    {
        try
        {
            await Bounded(ct => redis.GetAsync("connect-probe", ct), token, connectTimeout);
            return true;
        }
        catch (Exception) when (!token.IsCancellationRequested)
        {
            return false; // counted and logged by Bounded
        }
    }

    private async Task<T> Bounded<T>(Func<CancellationToken, Task<T>> call, CancellationToken token, TimeSpan? limit = null)
    {
        var bound = limit ?? timeout;
        var started = Stopwatch.GetTimestamp();
        try
        {
            // RedisEntries bounds each command (the client's timeout) and the wait for the connection; the connect
            // probe at start has a bound of its own.
            var result = limit is null ? await call(token) : await call(token).WaitAsync(bound, token);
            Answered(started);
            return result;
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            Failed(started, e, bound);
            throw;
        }
    }

    // A call begun at `started` succeeded: an outage that started before it is over.
    private void Answered(long started)
    {
        var since = Interlocked.Read(ref _downSince);
        if (since != 0 && started > since && Interlocked.CompareExchange(ref _downSince, 0, since) == since)
        {
            Interlocked.Exchange(ref _upSince, Stopwatch.GetTimestamp());
            logger.LogInformation("Redis answers again: the response cache uses its shared tier again");
        }
    }

    // A call begun at `started` failed: counted, and the start of an outage when Redis had answered since it came back.
    private void Failed(long started, Exception e, TimeSpan bound)
    {
        Interlocked.Increment(ref _errors);
        if (started > Interlocked.Read(ref _upSince) && Interlocked.CompareExchange(ref _downSince, Stopwatch.GetTimestamp(), 0) == 0)
            logger.LogWarning("Redis is unavailable ({Error}): answers come from the in-process tier or are executed until it is back; this is logged once per outage",
                e is TimeoutException or OperationCanceledException ? $"no answer within {bound.TotalMilliseconds:0} ms" : Short(e.Message));
    }

    // StackExchange.Redis puts its whole connection state into a message; the first clause says what happened.
    private static string Short(string message) => message.Split(';', 2)[0] is var first && first.Length > 200 ? first[..200] : first;
}
