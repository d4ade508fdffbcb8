using ApecGraph.Api.GraphQL.Entities;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Counts;

/// <summary>One group of a counts field, as resolved: the key, whether it names an entity, and the count.</summary>
public sealed record GroupRow(string? Key, bool KeyIsEntity, int Count);

public sealed class GroupCountType : ObjectGraphType<GroupRow>
{
    public GroupCountType()
    {
        Name = "GroupCount";
        Description = "One group of a counts field: its key and how many are in it.";
        Field<StringGraphType>("key")
            .Description("The group's key: the entity's id where the key is an entity (a proposer, a meeting, a host), else the value (\"2020\", \"VIRTUAL\", \"PROPOSED\", \"MEETING\"); null for the group of those that have no key.")
            .ResolveValue(s => s.Key);
        Field<EntityInterface>("entity")
            .Description("The entity the key names, where the key is an entity; else null.")
            .Resolve(c => c.Source is { KeyIsEntity: true, Key: { } id } ? c.Loaders().Entity(id) : null);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many are in the group.").ResolveValue(s => s.Count);
    }
}
