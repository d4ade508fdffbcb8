using System.Net;
using System.Threading.RateLimiting;
using ApecGraph.Api.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Startup;

public static class RateLimitExtensions
{
    /// <summary>ASP.NET Core's rate limiter, per client address: at most <see cref="RateLimitOptions.ConcurrentRequests"/>
    /// in progress (more wait in a bounded queue) and, when set, <see cref="RateLimitOptions.RequestsPerSecond"/>.
    /// <c>/health</c> is never limited.</summary>
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .ValidateProblems(o => o.Problems());
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var limits = settings.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            if (!limits.Enabled) return;
            // Partitioned by the client's address itself, not its text, and with the partitions' factories made once:
            // nothing is allocated per request to find its partition. /health is apart.
            Func<(bool, IPAddress), ConcurrencyLimiterOptions> concurrent = _ => new()
            {
                PermitLimit = limits.ConcurrentRequests,
                QueueLimit = limits.QueuedRequests,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            };
            Func<(bool, IPAddress), TokenBucketRateLimiterOptions> perSecond = _ => new()
            {
                TokenLimit = limits.Burst ?? limits.RequestsPerSecond,
                TokensPerPeriod = limits.RequestsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            };
            var concurrency = PartitionedRateLimiter.Create<HttpContext, (bool, IPAddress)>(context => Exempt(context)
                ? RateLimitPartition.GetNoLimiter(ExemptKey)
                : RateLimitPartition.GetConcurrencyLimiter(Client(context), concurrent));
            limiter.GlobalLimiter = limits.RequestsPerSecond <= 0 ? concurrency : PartitionedRateLimiter.CreateChained(concurrency,
                PartitionedRateLimiter.Create<HttpContext, (bool, IPAddress)>(context => Exempt(context)
                    ? RateLimitPartition.GetNoLimiter(ExemptKey)
                    : RateLimitPartition.GetTokenBucketLimiter(Client(context), perSecond)));
        });
        return builder;
    }

    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool Exempt(HttpContext context) => context.Request.Path.StartsWithSegments("/health");

    private static readonly (bool, IPAddress) ExemptKey = (true, IPAddress.None);

    private static (bool, IPAddress) Client(HttpContext context) => (false, context.Connection.RemoteIpAddress ?? IPAddress.None);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        await new RequestError(StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
                $"Too many requests from this client at once; retry in {seconds} s.")
            .ToResult(MediaTypes.Json, ("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ExecuteAsync(rejected.HttpContext);
    }
}
