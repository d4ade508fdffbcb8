using ApecGraph.Api.Versioning;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.GraphQL.Graph;

public static class GraphQueries
{
    /// <summary><c>graph</c>: the version, load time, store and counts the API last read from its store (no store call).</summary>
    public static void AddGraph(this ObjectGraphType query) =>
        query.Field<GraphInfoType>("graph")
            .Description("The graph served: its version, when it was loaded or imported, the store, and its counts. "
                + "Null while the store holds no version (a Neo4j graph imported before versions were recorded: import again).")
            .Resolve(c => c.RequestServices!.GetRequiredService<GraphVersionSource>().Current);
}
