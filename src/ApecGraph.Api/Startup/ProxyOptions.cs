using System.Net;

namespace ApecGraph.Api.Startup;

/// <summary>
/// The load balancers or reverse proxies in front of the API (section <c>Proxy</c>, e.g. env
/// <c>Proxy__KnownNetworks__0=172.16.0.0/12</c>). A request that comes from one of them is taken to be from the
/// client its <c>X-Forwarded-For</c> names (the address the proxy saw), so that the per-client limits count clients,
/// not the proxy. None by default: then <c>X-Forwarded-For</c> is ignored, since any client could write it.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>172.16.0.0/12</c> (a Docker network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies deep to read <c>X-Forwarded-For</c>, from its end: 1 when one load balancer is in front.
    /// An address a client wrote itself before the trusted proxies' is never taken.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var proxy in KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _)) problems.Add($"{Section}:{nameof(KnownProxies)}: '{proxy}' is not an IP address");
        }
        foreach (var network in KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _)) problems.Add($"{Section}:{nameof(KnownNetworks)}: '{network}' is not a network in CIDR notation (a.b.c.d/n)");
        }
        if (ForwardLimit < 1) problems.Add($"{Section}:{nameof(ForwardLimit)} must be at least 1, got {ForwardLimit}");
        return problems;
    }
}
