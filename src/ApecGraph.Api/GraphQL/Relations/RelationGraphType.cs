using ApecGraph.Api.GraphQL.Dates;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Relations;

public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A fact in the graph: from -[type]-> to, with where it is written.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("e.g. PROPOSED, CHAIRED, HOSTED, PRESENTED_AT, CITES.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(c => c.Loaders().Entity(c.Source.From));
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(c => c.Loaders().Entity(c.Source.To));
        Field<StringGraphType>("role").Description("Role, title or capacity that qualifies the fact, where the source gives one.").Resolve(c => c.Source.Role);
        Field<DateScalar>("date").Description("When the fact holds or happened, where the source says.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("status").Description("Status as the source states it, e.g. ENDORSED.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ModalityEnum>>("modality").Description("ACTUAL unless the source states it as PLANNED or EXPECTED.").Resolve(c => c.Source.Modality);
        Field<StringGraphType>("note").Description("What was presented, requested or required, in the curator's words.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").ListSize(EvidenceType.TypicalCount).Resolve(c => c.Source.Evidence);
    }
}
