using ApecGraph.Api.GraphQL.Counts;
using ApecGraph.Api.GraphQL.Dates;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Lists;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Meetings;

public static class MeetingQueries
{
    public static void AddMeetings(this ObjectGraphType query)
    {
        query.Connection<MeetingType>("meetings", "Meetings, conferences, sessions and panels.", EntityKind.Meeting, Filter, Arguments);
        query.Counts<MeetingGroupingEnum>("meetingCounts", "How many meetings there are per year, format or host, among those `meetings` with the same filters lists." + CountFields.Rules,
            EntityKind.Meeting, Filter, Arguments);
    }

    // The filters of `meetings`, shared by `meetingCounts` so that both mean the same.
    private static EntityQuery Filter(IResolveFieldContext c, EntityQuery q) =>
        q.InDateSpan(c).WithProperty(c, "format")
            .RelatedTo(c, "host", "HOSTED", Direction.In)
            .RelatedTo(c, "chair", "CHAIRED", Direction.In)
            .RelatedTo(c, "partOf", "PART_OF", Direction.Out);

    private static void Arguments(FieldBuilder<object?, object> f) =>
        f.Argument<DateScalar>("from", "Held, at least in part, on or after this day: a meeting ends at the end of its endDate, else its startDate, else its year (a year or a month covers all its days). A partial `from` starts on its first day: \"2016\" is from 2016-01-01.")
            .Argument<DateScalar>("to", "Held, at least in part, on or before this day: a meeting starts at the start of its startDate, else its endDate, else its year (\"2016\" starts on 2016-01-01). A partial `to` ends on its last day: \"2020-05\" is up to 2020-05-31.")
            .Argument<MeetingFormatEnum>("format")
            .Argument<IdGraphType>("host", "Hosted by this economy or organisation (id).")
            .Argument<IdGraphType>("chair", "Chaired by this actor (id).")
            .Argument<IdGraphType>("partOf", "Sessions of this meeting (id).");
}
