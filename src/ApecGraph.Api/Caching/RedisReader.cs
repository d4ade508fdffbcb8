using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Internals.Distributed;

namespace ApecGraph.Api.Caching;

/// <summary>
/// The read of an answer held only by Redis (the in-process tier off), without FusionCache in between: the same Redis
/// GET, of the key FusionCache writes, decoded by the same <see cref="AnswerSerializer"/>, and kept only while the
/// entry's logical expiration is ahead. A hit so costs one GET and a copy of the body; FusionCache's read path (its
/// options, timeouts and five more awaits per read) is measured at a few microseconds a request (bench/README.md). A
/// miss, an unreadable entry or a Redis error returns null, and the request goes through FusionCache as before, which
/// also keeps its circuit breaker the one place that decides when Redis is left alone: while <see cref="RedisTier.Down"/>
/// this reader does not call Redis at all.
/// </summary>
internal sealed class RedisReader(RedisTier redis, FusionCacheOptions fusion)
{
    private readonly string _prefix = fusion.DistributedCacheKeyModifierMode switch
    {
        CacheKeyModifierMode.Prefix => FusionCacheOptions.DistributedCacheWireFormatVersion + fusion.InternalStrings.DistributedCacheWireFormatSeparator,
        _ => "",
    };
    private readonly string _suffix = fusion.DistributedCacheKeyModifierMode == CacheKeyModifierMode.Suffix
        ? fusion.InternalStrings.DistributedCacheWireFormatSeparator + FusionCacheOptions.DistributedCacheWireFormatVersion
        : "";
    private readonly AnswerSerializer _serializer = new();

    /// <summary>The key FusionCache gives the entry of <paramref name="key"/> in Redis.</summary>
    public string RedisKey(string key) => _prefix + key + _suffix;

    public async ValueTask<CompleteAnswer?> TryReadAsync(string key, CancellationToken cancellationToken)
    {
        if (redis.Down) return null;
        byte[]? bytes;
        try
        {
            bytes = await redis.GetAsync(RedisKey(key), cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // counted and logged by RedisTier; FusionCache then runs its own read, or leaves Redis alone
        }
        if (bytes is null) return null;
        try
        {
            var entry = _serializer.Deserialize<FusionCacheDistributedEntry<CompleteAnswer>>(bytes);
            return entry is { Value: { } answer } && entry.LogicalExpirationTimestamp > DateTimeOffset.UtcNow.UtcTicks ? answer : null;
        }
        catch (InvalidDataException)
        {
            return null; // another layout (a persisted query, an older build's entry): FusionCache decides
        }
    }
}
