using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Entities;

public sealed class EntityKindEnum : EnumerationGraphType<EntityKind>
{
    public EntityKindEnum() => Name = "EntityKind";
}
