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
        Field<NonNullGraphType<IdGraphType>>("id").ResolveValue(s => s.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("e.g. PROPOSED, CHAIRED, HOSTED, PRESENTED_AT, CITES.").ResolveValue(s => s.Type);
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(c => c.Loaders().Entity(c.Source.From));
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(c => c.Loaders().Entity(c.Source.To));
        Field<StringGraphType>("role").Description("Role, title or capacity that qualifies the fact, where the source gives one.").ResolveValue(s => s.Role);
        Field<DateScalar>("date").Description("When the fact holds or happened, where the source says.").ResolveValue(s => s.Date);
        Field<StringGraphType>("status").Description("Status as the source states it, e.g. ENDORSED.").ResolveValue(s => s.Status);
        Field<NonNullGraphType<ModalityEnum>>("modality").Description("ACTUAL unless the source states it as PLANNED or EXPECTED.").ResolveValue(s => s.Modality);
        Field<StringGraphType>("note").Description("What was presented, requested or required, in the curator's words.").ResolveValue(s => s.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").ListSize(EvidenceType.TypicalCount).Resolve(c => c.Source.Evidence);
    }
}
