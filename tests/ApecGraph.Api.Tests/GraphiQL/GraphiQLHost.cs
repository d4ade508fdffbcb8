using System.Collections.Concurrent;
using System.Net;
using ApecGraph.Api.GraphiQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using Xunit;

namespace ApecGraph.Api.Tests.GraphiQL;

/// <summary>The API on real Kestrel at 127.0.0.1 (free port), for a real browser or Node client; records what reaches <c>/graphql</c>.</summary>
public sealed class GraphiQLHost : WebApplicationFactory<Program>
{
    private readonly Action<IWebHostBuilder>? configure;

    /// <param name="configure">More host settings, e.g. another store.</param>
    public GraphiQLHost(Action<IWebHostBuilder>? configure = null)
    {
        this.configure = configure;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public Uri BaseAddress { get; }

    /// <summary>The build copies the npm assets to the output of every project referencing the API (this one too).</summary>
    public static void SkipUnlessAssetsInstalled()
    {
        if (!GraphiQLAssets.AreInstalled)
            Assert.Skip($"GraphiQL assets not in {GraphiQLAssets.Folder}: the build found no npm (install Node.js + npm, rebuild).");
    }

    public ConcurrentQueue<RecordedRequest> GraphQLRequests { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing").ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new RecordGraphQLRequests(GraphQLRequests)));
        configure?.Invoke(builder);
    }

    private sealed class RecordGraphQLRequests(ConcurrentQueue<RecordedRequest> requests) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path == "/graphql")
                {
                    context.Request.EnableBuffering();
                    var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
                    context.Request.Body.Position = 0;
                    requests.Enqueue(new(context.Request.Method, context.Request.ContentType,
                        context.Request.Headers.Accept.ToString(), body) { QueryString = context.Request.QueryString.Value ?? "" });
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed record RecordedRequest(string Method, string? ContentType, string Accept, string Body)
{
    public string QueryString { get; init; } = "";
}
