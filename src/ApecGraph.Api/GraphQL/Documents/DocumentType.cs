using ApecGraph.Api.GraphQL.Common;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Common.Query;

namespace ApecGraph.Api.GraphQL.Documents;

public sealed class DocumentType : ObjectGraphType<Entity>
{
    public DocumentType()
    {
        this.ForKind(EntityKind.Document, "A source document; every fact in the graph quotes one.");
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Property("title") ?? c.Source.Name);
        this.One<ActorUnion>("publisher", "Who published it.", In("PUBLISHED"));
        this.Property<DateScalar>("published", "Date of publication, where it states one.");
        Field<NonNullGraphType<StringGraphType>>("source").Description("File name of the source text under seeds/.").Resolve(c => c.Source.Property("source") ?? "");
        this.Many<EntityInterface>("mentions", "Every entity this document states something about.", Out(Vocabulary.Mentions));
    }
}
