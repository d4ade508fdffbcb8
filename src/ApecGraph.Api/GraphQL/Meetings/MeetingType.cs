using ApecGraph.Api.GraphQL.Dates;
using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Api.GraphQL.Proposals;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.Meetings;

public sealed class MeetingType : ObjectGraphType<Entity>
{
    public MeetingType()
    {
        this.ForKind(EntityKind.Meeting, "A meeting, conference, session or panel.");
        this.Property<StringGraphType>("category", "meeting, conference, session, panel, ...");
        this.Property<DateScalar>("startDate", "First day, or the month or year where the source gives no more.");
        this.Property<DateScalar>("endDate", "Last day (or month, or year), where the source gives one.");
        Field<DatePrecisionEnum>("datePrecision")
            .Description("How much of its date the sources give (of its startDate, else its endDate, else its year): DAY, MONTH or only the YEAR; null when undated.")
            .Resolve(c => EntityDates.StartOf(c.Source)?.Precision);
        Field<IntGraphType>("year")
            .Description("The year it started (of its startDate, else its endDate, else its year); null when undated. Show this, not a made-up day, where datePrecision is YEAR.")
            .Resolve(c => EntityDates.StartOf(c.Source)?.Start.Year);
        this.Property<MeetingFormatEnum>("format", "In person, virtual or both.");
        this.Property<StringGraphType>("platform", "The online platform, for virtual meetings.");
        this.Property<StringGraphType>("venue", "Where it was held.");
        this.Property<StringGraphType>("city", "The city it was held in.");
        this.Property<StringGraphType>("theme", "The theme, as the source quotes it.");
        this.One<EconomyType>("host", "The host economy: the ECONOMY that HOSTED it (an organisation that hosted it is in relations).", In("HOSTED"), EntityKind.Economy);
        this.Many<ActorUnion>("chairs", "Who CHAIRED it.", In("CHAIRED"));
        this.Many<ActorUnion>("organisers", "Who ORGANISED it.", In("ORGANISED"));
        this.Many<ActorUnion>("participants", "Who took part (PARTICIPATED_IN).", In("PARTICIPATED_IN"));
        this.Many<ActorUnion>("speakers", "Who spoke or presented (SPOKE_AT, PRESENTED_AT).", In("SPOKE_AT", "PRESENTED_AT"));
        this.Many<ProposalType>("proposals", "Proposals deliberated, discussed or endorsed here (DELIBERATED_AT).", In("DELIBERATED_AT"), EntityKind.Proposal);
        this.Many<ProposalType>("operationalises", "Statements this meeting set out to put into practice (OPERATIONALISES).", Out("OPERATIONALISES"), EntityKind.Proposal);
        this.Many<MeetingType>("sessions", "Sessions of a conference: the MEETING ends of PART_OF that point here.", In("PART_OF"), EntityKind.Meeting);
        this.One<MeetingType>("partOf", "The meeting a session belongs to: the MEETING it is PART_OF (a body it is part of is in relations).", Out("PART_OF"), EntityKind.Meeting);
        this.Many<MeetingType>("precededBy", "Meetings that came before this one (PRECEDES).", In("PRECEDES"), EntityKind.Meeting);
        this.Many<MeetingType>("followedBy", "Meetings held after this one (PRECEDES); those only planned with modality: [PLANNED].", Out("PRECEDES"), EntityKind.Meeting);
    }
}
