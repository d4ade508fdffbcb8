using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApecGraph.Api.Caching;

/// <summary>The response cache on <c>/health</c>: its tiers and the counters <c>hits</c>, <c>misses</c> and
/// <c>redisErrors</c>. Degraded (still 200) while Redis is unavailable: the API answers without it.</summary>
public sealed class ResponseCacheHealthCheck(ResponseCache cache) : IHealthCheck
{
    public const string Name = "response-cache";
    public const string RedisDown = "Redis is unavailable: answers come from the in-process tier or are executed.";

    /// <summary>The data keys this check shows.</summary>
    public static IReadOnlySet<string> DataKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "enabled", "memoryTier", "redis", "hits", "misses", "redisErrors", "redisHits", "redisMisses",
    };

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var redis = cache.Redis;
        var data = new Dictionary<string, object>
        {
            ["enabled"] = cache.Enabled,
            ["memoryTier"] = cache.MemoryTier,
            ["redis"] = redis is null ? "off" : redis.Down ? "down" : "up",
            ["hits"] = cache.Hits,
            ["misses"] = cache.Misses,
            ["redisErrors"] = redis?.Errors ?? 0,
            ["redisHits"] = redis?.Hits ?? 0,
            ["redisMisses"] = redis?.Misses ?? 0,
        };
        return Task.FromResult(redis?.Down == true
            ? HealthCheckResult.Degraded(RedisDown, data: data)
            : HealthCheckResult.Healthy("ok", data));
    }
}
