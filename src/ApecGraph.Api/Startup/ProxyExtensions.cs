using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Startup;

public static class ProxyExtensions
{
    /// <summary>Trusts <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the proxies of <see cref="ProxyOptions"/>
    /// (none by default), so that behind a load balancer a client is still its own address.</summary>
    public static WebApplicationBuilder AddProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .ValidateProblems(o => o.Problems());
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, settings) =>
        {
            var proxies = settings.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxies.ForwardLimit;
            // ASP.NET Core trusts loopback by default; only what is configured is trusted here
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }

    /// <summary>First in the pipeline (before the rate limiter reads the client's address); nothing when no proxy is set.</summary>
    public static WebApplication UseProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Enabled) app.UseForwardedHeaders();
        return app;
    }
}
