using Microsoft.Extensions.Caching.Memory;
using ZiggyCreatures.Caching.Fusion;

namespace ApecGraph.Api.Caching;

/// <summary>
/// The response cache and the persisted queries' store: one FusionCache, bounded in process, with Redis as its shared
/// second tier when <c>ConnectionStrings:Redis</c> is set.
/// <para>Why FusionCache and not HybridCache: when Redis is down or slow, FusionCache stops calling Redis for a while
/// after an error (a circuit breaker) and then tries again, can bound each call (a hard timeout; here the Redis client's
/// own timeout does it, see <see cref="RedisEntries"/>), never fails a request for a Redis error, and writes to Redis
/// in the background, so that a request never waits for it. HybridCache has no circuit breaker: every request of an
/// outage would pay the Redis client's timeout.</para>
/// </summary>
public static class ResponseCacheExtensions
{
    public const string RedisConnectionName = "Redis";

    public static WebApplicationBuilder AddResponseCache(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ResponseCacheOptions.Section);
        var options = section.Get<ResponseCacheOptions>() ?? new ResponseCacheOptions();
        builder.Services.Configure<ResponseCacheOptions>(section);
        var redis = builder.Configuration.GetConnectionString(RedisConnectionName);

        // RedisTier logs an outage once, and the cache's own traces are per call: only FusionCache's errors are kept.
        builder.Logging.AddFilter("ZiggyCreatures.Caching.Fusion", LogLevel.Error);
        var fusion = builder.Services.AddFusionCache()
            .WithOptions(o =>
            {
                // Nothing here removes by tag or clears the cache (a new graph version means new keys), and with
                // tagging off FusionCache skips its per-read checks of the "clear" markers.
                o.DisableTagging = true;
                o.DistributedCacheCircuitBreakerDuration = options.RedisRetryAfter;
                o.DistributedCacheErrorsLogLevel = LogLevel.Debug;
                o.DistributedCacheSyntheticTimeoutsLogLevel = LogLevel.Debug;
                o.SerializationErrorsLogLevel = LogLevel.Warning;
            })
            .WithMemoryCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = options.MemorySizeLimit }));
        if (!string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddSingleton(_ => new RedisEntries(redis, options));
            builder.Services.AddSingleton(services => new RedisTier(
                services.GetRequiredService<RedisEntries>(), options.RedisTimeout, services.GetRequiredService<ILogger<RedisTier>>()));
            builder.Services.AddHostedService<RedisConnect>();
            fusion.WithSerializer(new AnswerSerializer())
                .WithDistributedCache(services => services.GetRequiredService<RedisTier>());
        }
        builder.Services.AddSingleton<ResponseCache>();
        return builder;
    }
}
