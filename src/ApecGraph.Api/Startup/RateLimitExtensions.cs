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
            var perClient = new List<PartitionedRateLimiter<HttpContext>>
            {
                PartitionedRateLimiter.Create<HttpContext, string>(context => Exempt(context)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetConcurrencyLimiter(Client(context), _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.ConcurrentRequests,
                        QueueLimit = limits.QueuedRequests,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })),
            };
            if (limits.RequestsPerSecond > 0)
                perClient.Add(PartitionedRateLimiter.Create<HttpContext, string>(context => Exempt(context)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.Burst ?? limits.RequestsPerSecond,
                        TokensPerPeriod = limits.RequestsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    })));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained([.. perClient]);
        });
        return builder;
    }

    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool Exempt(HttpContext context) => context.Request.Path.StartsWithSegments("/health");

    private static string Client(HttpContext context) => (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();

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
