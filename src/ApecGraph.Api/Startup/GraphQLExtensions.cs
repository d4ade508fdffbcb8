using ApecGraph.Api.GraphQL;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.Http;
using ApecGraph.Api.Limits;
using GraphQL;
using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Startup;

public static class GraphQLExtensions
{
    /// <summary>The schema, the executer within the request limits (the cost analysis: <see cref="CostAnalysis"/>), the JSON serializer and the per-request batch loaders.</summary>
    public static WebApplicationBuilder AddApecGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section)
            .ValidateProblems(o => o.Problems());
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<ApecSchema>()
            .AddGraphTypes(typeof(ApecSchema).Assembly)
            // Letters of any script as UTF-8, not \uXXXX: the sources quote names and titles in curly quotes and
            // accents, and escaping every one made answers longer and slower to write. HTML-sensitive characters
            // (<, >, &, ') are still escaped.
            .AddSystemTextJson(json =>
            {
                json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
                // Answers without errors: scalars written straight to the writer (Http/DataWriter.cs).
                json.Converters.Insert(0, new DataWriter());
            })
            // Queries: each (object type, selection set)'s sub-fields collected once per request, not once per object.
            .AddExecutionStrategy<ReusedFieldsExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            // The request's batch loaders, looked up once here for every resolver that uses them (EntityFields.Loaders).
            .ConfigureExecutionOptions(options => GraphLoaders.AddTo(options))
            .AddErrorInfoProvider<CodedErrorInfoProvider>()
            .AddUnhandledExceptionHandler(LogUnhandled));
        builder.Services.AddOptions<HttpCachingOptions>().BindConfiguration(HttpCachingOptions.Section);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<RequestGraphStore>();
        builder.Services.AddScoped<RequestCost>();
        builder.Services.AddSingleton<CostAnalysis>();
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddOptions<DocumentCacheOptions>().BindConfiguration(DocumentCacheOptions.Section);
        builder.Services.AddSingleton<PreparedDocuments>();
        builder.Services.AddSingleton<GraphQLExecution>();
        builder.Services.AddSingleton<PersistedQueries>();
        return builder;
    }

    private static void LogUnhandled(global::GraphQL.Execution.UnhandledExceptionContext context)
    {
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("ApecGraph.GraphQL");
        logger?.LogError(context.OriginalException, "Unhandled error resolving {Path}", context.FieldContext?.Path);
    }
}
