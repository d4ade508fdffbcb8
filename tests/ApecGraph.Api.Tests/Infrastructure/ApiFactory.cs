using ApecGraph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>The API in process. Optionally on another graph-seeds folder, with other settings, and with the store
/// wrapped (to count, slow or fail calls) around the real one the API built.</summary>
public class ApiFactory(string? graphSeedsPath = null, Func<IGraphStore, IGraphStore>? wrapStore = null,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        if (graphSeedsPath is not null)
            builder.UseSetting("GraphStore:GraphSeedsPath", graphSeedsPath);
        if (wrapStore is null) return;
        builder.ConfigureTestServices(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(original);
            services.AddSingleton(sp => wrapStore((IGraphStore)original.ImplementationFactory!(sp)));
        });
    }
}
