namespace ApecGraph.Api.Caching;

/// <summary>
/// The response cache (section <c>ResponseCache</c>, e.g. env <c>ResponseCache__Enabled=false</c>). Its shared tier is
/// Redis when the connection string <c>Redis</c> is set (env <c>ConnectionStrings__Redis=127.0.0.1:6379</c>); without
/// it the cache lives in this process only.
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "ResponseCache";

    /// <summary>Answers are cached unless this is false. Persisted queries are kept in the same cache either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The in-process tier; false leaves Redis as the only tier (to measure it, or to keep instances small).</summary>
    public bool MemoryTier { get; set; } = true;

    /// <summary>The bound of the in-process tier in bytes: the answers' and queries' lengths plus <see cref="EntryOverhead"/>
    /// each. The least recently used go first once it is full.</summary>
    public long MemorySizeLimit { get; set; } = 32 * 1024 * 1024;

    /// <summary>Answers longer than this are served but never cached (in either tier).</summary>
    public int MaxAnswerBytes { get; set; } = 1024 * 1024;

    /// <summary>How long an answer stays. Keys carry the graph's version, so an answer never outlives its graph; the
    /// duration only bounds how long an unused one takes room (in Redis, together with its <c>maxmemory</c> policy).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a persisted query is kept after its registration.</summary>
    public TimeSpan PersistedQueryDuration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A Redis call slower than this counts as a Redis error: the request goes on without it.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>After a Redis error, Redis is left alone this long (a circuit breaker), then tried again.</summary>
    public TimeSpan RedisRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Counted per entry on top of its bytes, so that <see cref="MemorySizeLimit"/> bounds the number of entries too.</summary>
    public const int EntryOverhead = 256;
}
