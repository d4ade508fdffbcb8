using ApecGraph.Api.GraphQL.Dates;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.Documents;

public sealed class DocumentType : ObjectGraphType<Entity>
{
    public DocumentType()
    {
        this.ForKind(EntityKind.Document, "A source document; every fact in the graph quotes one.");
        Field<NonNullGraphType<StringGraphType>>("title").ResolveValue(s => s.Property("title") ?? s.Name);
        this.One<ActorUnion>("publisher", "Who PUBLISHED it.", In("PUBLISHED"));
        this.Property<DateScalar>("published", "Date of publication, where it states one.");
        // Nullable (the sketch had String!): the sources also name documents they are not, such as a letter.
        this.Property<StringGraphType>("source", "File name of the source text under seeds/; null for a document the sources only mention.");
        this.AddQuotes();
        this.Many<EntityInterface>("mentions", "Every entity this document states something about (MENTIONS, derived from the evidence).", Out(Vocabulary.Mentions)).ListSize(50);
    }
}
