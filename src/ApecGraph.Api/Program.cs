using ApecGraph.Api.Caching;
using ApecGraph.Api.Documents;
using ApecGraph.Api.Explorer;
using ApecGraph.Api.Exports;
using ApecGraph.Api.GraphiQL;
using ApecGraph.Api.Http;
using ApecGraph.Api.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddApecGraphQL();
builder.AddResponseCache();
builder.AddProxies();
builder.AddRateLimits();
builder.AddHttpLimits();
builder.AddCrossOrigin();
builder.AddGraphHealth();
builder.AddTelemetry();

var app = builder.Build();
app.UseProxies();
app.UseRequestIds();
app.UseCodedErrors();
app.UseCrossOrigin();
app.UseRateLimits();
app.MapGraphQLEndpoint();
app.MapGraphiQL();
app.MapExplorer();
app.MapDocumentPages();
app.MapGraphHealth();
app.MapExports();

app.Run();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
