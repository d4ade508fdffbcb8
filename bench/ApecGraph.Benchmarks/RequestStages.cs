using System.Text.Json;
using ApecGraph.Api.Caching;
using ApecGraph.Api.GraphQL;
using ApecGraph.Api.Http;
using ApecGraph.Api.Limits;
using ApecGraph.Api.Startup;
using ApecGraph.Api.Versioning;
using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ApecGraph.Benchmarks;

/// <summary>
/// One request of bench/queries/ in process on the embedded store, stage by stage: the lexer's document limits, the
/// parse, the field count, validation with execution, execution alone (validation's core rules skipped; the cost
/// analysis still runs), the answer's serialisation, and the whole request through <see cref="GraphQLExecution"/>, with the document cache
/// (<see cref="PreparedDocuments"/>) and without.
/// </summary>
[MemoryDiagnoser]
public class RequestStages
{
    [Params("proposals", "evidence")]
    public string Query { get; set; } = "proposals";

    private WebApplication _app = null!;
    private string _query = null!;
    private RequestLimitsOptions _limits = null!;
    private GraphQLDocument _document = null!;
    private IDocumentExecuter<ApecSchema> _executer = null!;
    private IGraphQLSerializer _serializer = null!;
    private GraphQLExecution _execution = null!;
    private GraphQLExecution _uncached = null!;
    private ExecutionResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.AddGraphStore();
        builder.AddApecGraphQL();
        // Every stage measures execution: no answer comes from the response cache.
        builder.Configuration["ResponseCache:Enabled"] = "false";
        builder.AddResponseCache();
        _app = builder.Build();
        _query = ReadQuery(Query);
        _limits = _app.Services.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
        _document = Parse();
        _executer = _app.Services.GetRequiredService<IDocumentExecuter<ApecSchema>>();
        _serializer = _app.Services.GetRequiredService<IGraphQLSerializer>();
        _execution = _app.Services.GetRequiredService<GraphQLExecution>();
        var limits = _app.Services.GetRequiredService<IOptions<RequestLimitsOptions>>();
        _uncached = new GraphQLExecution(_executer, _serializer, limits,
            _app.Services.GetRequiredService<IOptions<HttpCachingOptions>>(), _app.Services.GetRequiredService<PersistedQueries>(),
            new PreparedDocuments(limits, Options.Create(new DocumentCacheOptions { SizeLimit = 0 })),
            _app.Services.GetRequiredService<ResponseCache>(), _app.Services.GetRequiredService<GraphVersionSource>(),
            _app.Services.GetRequiredService<CostAnalysis>());
        _result = ValidateAndExecute().GetAwaiter().GetResult();
        if (_result.Errors is { Count: > 0 } errors) throw new InvalidOperationException(errors[0].Message);
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public LimitError? LexerLimits() => DocumentLimits.Check(_query, _limits);

    [Benchmark]
    public GraphQLDocument Parse() =>
        Parser.Parse(_query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = _limits.MaxNesting * 4 });

    [Benchmark]
    public LimitError? FieldCount() => DocumentLimits.Check(_document, _limits);

    [Benchmark]
    public Task<ExecutionResult> ValidateAndExecute() => Execute(rules: null);

    /// <summary>As for a document already validated: no core rule, the cost analysis (appended by the builder) only.</summary>
    [Benchmark]
    public Task<ExecutionResult> ExecuteOnly() => Execute(rules: []);

    [Benchmark]
    public Task Serialise() => _serializer.WriteAsync(Stream.Null, _result);

    /// <summary>The whole request as the API runs it: the document from the cache once it has been seen.</summary>
    [Benchmark]
    public Task Request() => Run(_execution);

    /// <summary>The whole request with the document cache off: lexed, parsed, counted and validated every time.</summary>
    [Benchmark(Baseline = true)]
    public Task RequestUncached() => Run(_uncached);

    private async Task Run(GraphQLExecution execution)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = Stream.Null;
        var result = await execution.ExecuteAsync(context, new GraphQLRequest { Query = _query }, MediaTypes.GraphQLResponse, isGet: false);
        await result.ExecuteAsync(context);
    }

    private async Task<ExecutionResult> Execute(IEnumerable<IValidationRule>? rules)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = _query,
            Document = _document,
            ValidationRules = rules,
            RequestServices = scope.ServiceProvider,
        });
    }

    private static string ReadQuery(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "bench", "queries", name + ".json");
            if (File.Exists(file))
                return JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("query").GetString()!;
        }
        throw new FileNotFoundException($"bench/queries/{name}.json not found above {AppContext.BaseDirectory}");
    }
}
