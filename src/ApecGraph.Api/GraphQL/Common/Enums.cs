using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Common;

public sealed class EntityKindEnum : EnumerationGraphType<EntityKind>
{
    public EntityKindEnum() => Name = "EntityKind";
}

public sealed class DirectionEnum : EnumerationGraphType<Core.Store.Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Direction of a relation, seen from the entity it is asked of.";
    }
}

public sealed class MeetingFormatEnum : EnumerationGraphType
{
    public MeetingFormatEnum()
    {
        Name = "MeetingFormat";
        // Values are stored in graph-seeds exactly as these names.
        foreach (var format in Core.Model.Vocabulary.MeetingFormats)
            Add(format, format);
    }
}
