using ApecGraph.Api.GraphiQL;

var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapGraphiQL();

app.Run();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
