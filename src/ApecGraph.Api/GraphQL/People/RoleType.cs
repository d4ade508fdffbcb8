using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.GraphQL.Organisations;
using ApecGraph.Api.GraphQL.Relations;
using ApecGraph.Api.Limits;
using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.People;

/// <summary>A person's post: a HOLDS_POST relation seen as a title at an organisation.</summary>
public sealed class RoleType : ObjectGraphType<Relation>
{
    public RoleType()
    {
        Name = "Role";
        Field<NonNullGraphType<StringGraphType>>("title").ResolveValue(s => s.Role ?? "");
        Field<OrganisationType>("organisation").Resolve(c => c.Loaders().Entity(c.Source.To).Then(e => e?.Kind == EntityKind.Organisation ? e : null));
        Field<EconomyType>("economy").Description("Where the post is an economy's own (e.g. a permanent representative).")
            .Resolve(c => c.Loaders().Entity(c.Source.To).Then(e => e?.Kind == EntityKind.Economy ? e : null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").ListSize(EvidenceType.TypicalCount).Resolve(c => c.Source.Evidence);
    }
}
