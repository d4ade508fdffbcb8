using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Meetings;

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
