using ApecGraph.Api.GraphQL;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.Http;
using GraphQL;

namespace ApecGraph.Api.Startup;

public static class GraphQLExtensions
{
    /// <summary>The schema, the executer, the JSON serializer and the per-request batch loaders.</summary>
    public static WebApplicationBuilder AddApecGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<ApecSchema>()
            .AddGraphTypes(typeof(ApecSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<CodedErrorInfoProvider>()
            .AddComplexityAnalyzer(c => c.MaxDepth = 15)
            .AddUnhandledExceptionHandler(LogUnhandled));
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        return builder;
    }

    private static void LogUnhandled(global::GraphQL.Execution.UnhandledExceptionContext context)
    {
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("ApecGraph.GraphQL");
        logger?.LogError(context.OriginalException, "Unhandled error resolving {Path}", context.FieldContext?.Path);
    }
}
