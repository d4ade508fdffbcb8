using Microsoft.AspNetCore.Cors.Infrastructure;

namespace ApecGraph.Api.Startup;

public static class CorsExtensions
{
    public const string Section = "Cors";

    /// <summary>How long a browser may cache a preflight's answer (<c>Access-Control-Max-Age</c>).</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(2);

    /// <summary>
    /// CORS for dashboards served from other origins: the origins in <c>Cors:AllowedOrigins</c> (a list, or one
    /// comma-separated value: <c>Cors__AllowedOrigins=https://a.example,https://b.example</c>), by default any origin,
    /// as fits a public read-only API without credentials. GET and POST, any request header; preflights answered and
    /// cached for <see cref="PreflightMaxAge"/>; <c>X-Request-Id</c> readable by scripts.
    /// </summary>
    public static WebApplicationBuilder AddCrossOrigin(this WebApplicationBuilder builder)
    {
        builder.Services.AddCors();
        // read when the options are first used, so that every configuration source (a test host's too) applies
        builder.Services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, configuration) =>
        {
            var origins = AllowedOrigins(configuration.GetSection(Section).GetSection("AllowedOrigins"));
            cors.AddDefaultPolicy(policy =>
            {
                if (origins.Length == 0 || origins.Contains("*")) policy.AllowAnyOrigin();
                else policy.WithOrigins(origins);
                policy.WithMethods("GET", "POST").AllowAnyHeader()
                    .WithExposedHeaders("X-Request-Id", "Retry-After", "ETag")
                    .SetPreflightMaxAge(PreflightMaxAge);
            });
        });
        return builder;
    }

    public static WebApplication UseCrossOrigin(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    private static string[] AllowedOrigins(IConfigurationSection section)
    {
        var listed = section.GetChildren().Select(c => c.Value).OfType<string>();
        var single = section.Value?.Split(',') ?? [];
        return [.. listed.Concat(single).Select(o => o.Trim().TrimEnd('/')).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
