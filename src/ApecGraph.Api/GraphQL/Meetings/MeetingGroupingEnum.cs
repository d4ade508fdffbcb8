using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Meetings;

/// <summary>How <c>meetingCounts</c> groups meetings.</summary>
public sealed class MeetingGroupingEnum : EnumerationGraphType
{
    public MeetingGroupingEnum()
    {
        Name = "MeetingGrouping";
        Add("YEAR", new Grouping.Year(), "By the year it started in (its startDate, else endDate, else year), e.g. \"2020\".");
        Add("FORMAT", new Grouping.Property("format"), "By its format: IN_PERSON, VIRTUAL, HYBRID.");
        Add("HOST", new Grouping.Related("HOSTED", Direction.In), "By who HOSTED it: key and entity are the host.");
    }
}
