using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Search;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<EntityInterface>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("In (0, 1]; exact names and acronyms score highest.").ResolveValue(s => s.Score);
        Field<NonNullGraphType<StringGraphType>>("matched").Description("The name or alias that matched.").ResolveValue(s => s.MatchedName);
    }
}
