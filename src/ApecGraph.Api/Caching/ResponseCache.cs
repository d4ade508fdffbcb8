using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace ApecGraph.Api.Caching;

/// <summary>
/// Complete answers by <see cref="ResponseCacheKey"/>, in FusionCache: the in-process tier first, then Redis when it is
/// configured (see <see cref="ResponseCacheExtensions"/>). Identical concurrent misses execute once: FusionCache holds
/// the others until the first one's answer is in. Only complete answers of at most
/// <see cref="ResponseCacheOptions.MaxAnswerBytes"/> are kept; anything else is handed back to be sent as it is.
/// </summary>
public sealed class ResponseCache(IFusionCache cache, IOptions<ResponseCacheOptions> options, RedisTier? redis = null,
    IOptions<FusionCacheOptions>? fusionOptions = null)
{
    private readonly ResponseCacheOptions _options = options.Value;
    private readonly RedisReader? _direct = redis is not null && !options.Value.MemoryTier
        ? new RedisReader(redis, fusionOptions?.Value ?? new FusionCacheOptions())
        : null;
    private long _hits, _misses;

    public bool Enabled => _options.Enabled;

    public bool MemoryTier => _options.MemoryTier;

    public TimeSpan PersistedQueryDuration => _options.PersistedQueryDuration;

    /// <summary>Requests answered from the cache (either tier, or the answer of an identical request that ran at the same time).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests that were executed because the cache had no answer.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The Redis tier, when one is configured.</summary>
    public RedisTier? Redis => redis;

    /// <summary>
    /// The cached answer of <paramref name="key"/> (<c>Hit</c>), or the one <paramref name="execute"/> makes (and the
    /// cache keeps when it is complete). Null when <paramref name="execute"/> made no complete answer: then its own result stands.
    /// </summary>
    public async ValueTask<(CompleteAnswer? Answer, bool Hit)> GetOrExecuteAsync(string key, Func<CancellationToken, Task<CompleteAnswer?>> execute, CancellationToken cancellationToken)
    {
        // Redis as the only tier: a hit is read straight from Redis (see RedisReader); anything else goes through FusionCache.
        if (_direct is not null && await _direct.TryReadAsync(key, cancellationToken) is { } direct)
        {
            Interlocked.Increment(ref _hits);
            return (direct, true);
        }
        var entry = EntryOptions(_options.Duration);
        // A read without FusionCache's per-key lock first: concurrent hits (from Redis too) never queue behind one
        // another. Only a miss takes the locked get-or-set below, which reads the tiers once more (another Redis GET
        // when Redis is on) before it executes: the price of running N identical misses once, paid only by misses.
        var found = await cache.TryGetAsync<CompleteAnswer?>(key, entry, cancellationToken);
        if (found.HasValue && found.Value is { } cached)
        {
            Interlocked.Increment(ref _hits);
            return (cached, true);
        }
        var executed = false;
        var answer = await cache.GetOrSetAsync<CompleteAnswer?>(key, async (context, ct) =>
        {
            executed = true;
            var made = await execute(ct);
            if (made is null || made.Body.Length > _options.MaxAnswerBytes)
                context.Options.SetSkipMemoryCacheWrite(true).SetSkipDistributedCacheWrite(true, true);
            else
                context.Options.Size = made.Body.Length + key.Length + ResponseCacheOptions.EntryOverhead;
            return made;
        }, entry, cancellationToken);
        Interlocked.Increment(ref executed ? ref _misses : ref _hits);
        return (answer, !executed);
    }

    /// <summary>The options of an entry: in the in-process tier unless it is off, bounded by size, Redis errors never rethrown.</summary>
    public FusionCacheEntryOptions EntryOptions(TimeSpan duration) => new()
    {
        Duration = duration,
        Size = ResponseCacheOptions.EntryOverhead,
        SkipMemoryCacheRead = !_options.MemoryTier,
        SkipMemoryCacheWrite = !_options.MemoryTier,
        IsFailSafeEnabled = false,
        // Redis errors are handled (counted, logged once per outage) by RedisTier; a request never waits for a write.
        ReThrowDistributedCacheExceptions = false,
        // An entry Redis holds that does not read (another version's format) is a miss, not a failed request.
        ReThrowSerializationExceptions = false,
        AllowBackgroundDistributedCacheOperations = true,
    };
}
