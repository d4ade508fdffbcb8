using ApecGraph.Api.GraphQL.Documents;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Relations;

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    /// <summary>Quotes a fact or an entity typically has, for the cost estimate (see Limits/CostModel).</summary>
    public const int TypicalCount = 3;

    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Where a fact is written: the document and the verbatim sentence or phrase.";
        Field<NonNullGraphType<DocumentType>>("document").Resolve(c => c.Loaders().Entity(c.Source.DocumentId));
        Field<NonNullGraphType<StringGraphType>>("quote").ResolveValue(s => s.Quote);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supports")
            .Description("Properties of the entity that this quote states (empty on relation evidence).")
            .Resolve(c => c.Source.Supports);
        Field<IntGraphType>("start")
            .Description("Where the quote starts in its document's `text`: an offset in UTF-16 code units (as JavaScript strings index), of its first occurrence; null when the document has no text.")
            .ResolveValue(s => s.Start);
        Field<IntGraphType>("end")
            .Description("Where the quote ends in its document's `text` (exclusive, UTF-16 code units): `text.slice(start, end)` is the quote as the source writes it (line breaks and spaces included).")
            .ResolveValue(s => s.End);
    }
}
