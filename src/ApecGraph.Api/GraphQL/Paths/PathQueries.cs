using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.GraphQL.Paths;

public static class PathQueries
{
    public static void AddPaths(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("Shortest paths between two entities; every hop carries its evidence.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => { a.DefaultValue = PathQuery.DefaultMaxHops; a.Description = $"1 to {PathQuery.MaxHopsLimit}."; })
            .Argument<IntGraphType>("first", a => { a.DefaultValue = PathQuery.DefaultFirst; a.Description = Args.FirstDescription("How many paths", PathQuery.DefaultFirst, PathQuery.MaxFirst); })
            .DefaultFirst(PathQuery.DefaultFirst, PathQuery.MaxFirst)
            .Argument<BooleanGraphType>("viaDocuments", a => { a.DefaultValue = false; a.Description = "Also walk the MENTIONS links from source documents."; })
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                string from = c.GetArgument<string>("from"), to = c.GetArgument<string>("to");
                var found = await store.GetEntitiesAsync([from, to], c.CancellationToken);
                foreach (var id in new[] { from, to }.Where(id => !found.ContainsKey(id)))
                    throw new ApiError(ApiError.NotFound, $"No entity has the id '{id}'.");
                var query = new PathQuery(from, to,
                    // the schema supplies the maxHops default when the argument is left out
                    Args.InRange(c.GetArgument<int>("maxHops"), "maxHops", 1, PathQuery.MaxHopsLimit),
                    Args.First(c, PathQuery.DefaultFirst, PathQuery.MaxFirst))
                {
                    ExcludedTypes = c.GetArgument("viaDocuments", false) ? [] : [Vocabulary.Mentions],
                };
                return query.First == 0 ? (IReadOnlyList<GraphPath>)[] : await store.FindPathsAsync(query, c.CancellationToken);
            });
}
