using ApecGraph.Api.GraphQL.Common;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Meetings;

public static class MeetingQueries
{
    public static void AddMeetings(this ObjectGraphType query) =>
        query.Connection<MeetingType>("meetings", "Meetings, conferences, sessions and panels.", EntityKind.Meeting,
            (c, q) => q.InDateRange(c, "startDate", "endDate", "year").WithProperty(c, "format")
                .RelatedTo(c, "host", "HOSTED", Direction.In)
                .RelatedTo(c, "chair", "CHAIRED", Direction.In)
                .RelatedTo(c, "partOf", "PART_OF", Direction.Out),
            f => f.Argument<DateScalar>("from", "Held on or after this date: its start date, else its end date or year, where the sources give no start.")
                  .Argument<DateScalar>("to", "Held on or before this date (a year or month covers all of it).")
                  .Argument<MeetingFormatEnum>("format")
                  .Argument<IdGraphType>("host", "Hosted by this economy or organisation (id).")
                  .Argument<IdGraphType>("chair", "Chaired by this actor (id).")
                  .Argument<IdGraphType>("partOf", "Sessions of this meeting (id)."));
}
