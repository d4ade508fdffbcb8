using ApecGraph.Api.Http;

namespace ApecGraph.Api.Startup;

public static class HttpLimitsExtensions
{
    /// <summary>Kestrel's own limits, raised so that a long GET query or Accept header reaches the endpoint, which answers
    /// it with a coded error (Kestrel's 414 and 431 have no body): request line 1 MiB, headers 256 KiB in all.</summary>
    public static WebApplicationBuilder AddHttpLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 1024 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = GraphQLRequestReader.MaxBodyBytes;
        });
        return builder;
    }
}
