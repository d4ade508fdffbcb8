using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.GraphQL.Search;

public static class SearchQueries
{
    public const int DefaultFirst = 10, MaxFirst = 100;

    public static void AddSearch(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Entities by any name, alias or acronym the sources use; case-, accent- and punctuation-insensitive; best first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityKindEnum>>>("kinds", "Only these kinds.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = DefaultFirst; a.Description = Args.FirstDescription("How many hits", DefaultFirst, MaxFirst); })
            .DefaultFirst(DefaultFirst, MaxFirst)
            .ResolveAsync(async c =>
            {
                var search = new SearchQuery(
                    Args.NotBlank(c.GetArgument<string>("text"), "text", 200),
                    c.GetArgument<List<EntityKind>?>("kinds"),
                    Args.First(c, DefaultFirst, MaxFirst));
                return search.First == 0 ? (IReadOnlyList<SearchHit>)[] : await c.Store().SearchAsync(search, c.CancellationToken);
            });
}
