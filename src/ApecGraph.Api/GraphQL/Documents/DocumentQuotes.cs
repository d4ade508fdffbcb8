using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Documents;

/// <summary>A document's own text and every fact quoting it, for the document page (/documents/{id}).</summary>
public static class DocumentQuotes
{
    /// <summary>Quoted facts returned when <c>first</c> is left out.</summary>
    public const int DefaultFirst = 100;

    public static void AddQuotes(this ObjectGraphType<Entity> type)
    {
        type.Field<StringGraphType>("text")
            .Description("The source text, exactly as stored under seeds/ (the offsets of `Evidence.start`/`end` index it); null for a document the sources only mention.")
            .Resolve(c => c.Loaders().DocumentText(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuotedFactType>>>>("quotedBy")
            .Description("Every quote of this document with the fact it supports (a relation, or an entity's properties), ordered by where the quote starts in `text`, then where it ends. The derived MENTIONS are left out.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = DefaultFirst; a.Description = Args.FirstDescription("How many quotes", DefaultFirst, QuotedFact.MaxPerDocument); })
            .DefaultFirst(DefaultFirst, QuotedFact.MaxPerDocument)
            .Resolve(c => c.Loaders().QuotedFacts(c.Source.Id, Args.First(c, DefaultFirst, QuotedFact.MaxPerDocument)));
    }
}
