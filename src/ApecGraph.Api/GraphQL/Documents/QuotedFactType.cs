using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Relations;
using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Documents;

public sealed class QuotedFactType : ObjectGraphType<QuotedFact>
{
    public QuotedFactType()
    {
        Name = "QuotedFact";
        Description = "One quote of a document and the fact it supports: either a relation or an entity (whose properties the quote `supports`).";
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The quote, with its start and end in the document's text.").Resolve(c => c.Source.Evidence);
        Field<RelationGraphType>("relation").Description("The relation this quote supports; null when it supports an entity.").Resolve(c => c.Source.Relation);
        Field<EntityInterface>("entity").Description("The entity this quote names and whose `evidence.supports` properties it states; null when it supports a relation.").Resolve(c => c.Source.Entity);
    }
}
