using ApecGraph.Api.GraphQL.Economies;
using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Api.GraphQL.Meetings;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.People;

public sealed class PersonType : ObjectGraphType<Entity>
{
    public PersonType()
    {
        this.ForKind(EntityKind.Person, "A named official, or an unnamed one the sources single out.");
        this.Property<StringGraphType>("honorific", "Mr., Ambassador, ... as the source writes it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles")
            .Description("Titles and posts, each with its organisation and evidence.")
            .Resolve(c => c.Loaders().Relations(c.Source.Id, Out("HOLDS_POST")));
        this.One<EconomyType>("economy", "The economy this person serves (BELONGS_TO).", Out("BELONGS_TO"), EntityKind.Economy);
        this.Many<MeetingType>("meetings", "Meetings at which this person SPOKE_AT, PRESENTED_AT, CHAIRED, ORGANISED or PARTICIPATED_IN (MEETING only; a body they chaired is in relations).",
            Out("SPOKE_AT", "PRESENTED_AT", "CHAIRED", "ORGANISED", "PARTICIPATED_IN"), EntityKind.Meeting);
    }
}
