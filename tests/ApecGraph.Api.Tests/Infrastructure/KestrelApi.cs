using System.Net;
using ApecGraph.Core.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API over real Kestrel on a free loopback port (for what the in-memory test server does not do: real
/// sockets, client addresses, a real proxy in front).</summary>
public sealed class KestrelApi : ApiFactory
{
    public KestrelApi(string? graphSeedsPath = null, IReadOnlyDictionary<string, string>? settings = null,
        Func<IGraphStore, IGraphStore>? wrapStore = null)
        : base(graphSeedsPath, wrapStore, settings)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    public Uri BaseAddress { get; }
}
