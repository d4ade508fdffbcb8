namespace ApecGraph.Api.Caching;

/// <summary>Connects to Redis before the API serves (at most <see cref="Timeout"/>), so that the first requests do
/// not pay for the connection. Redis down at start is logged once and does not stop the start.</summary>
public sealed class RedisConnect(RedisTier redis, ILogger<RedisConnect> logger) : IHostedService
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await redis.ConnectAsync(Timeout, cancellationToken))
            logger.LogInformation("Redis answers: the response cache has its shared tier");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
