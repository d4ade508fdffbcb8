using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Navigation;
using ApecGraph.Core.Model;
using GraphQL.Types;
using static ApecGraph.Api.GraphQL.Navigation.Query;

namespace ApecGraph.Api.GraphQL.Topics;

public sealed class TopicType : ObjectGraphType<Entity>
{
    public TopicType()
    {
        this.ForKind(EntityKind.Topic, "A subject the sources present or discuss: a law, a guidance, a survey, an idea.");
        this.Property<StringGraphType>("category", "law, guidance, survey, idea, ...");
        this.Many<ActorUnion>("presenters", "Who PRESENTED it.", In("PRESENTED"));
        this.Many<EntityInterface>("subjectOf", "Meetings, proposals and documents ABOUT it.", In("ABOUT"));
    }
}
