using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Common;

public sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "Anything in the knowledge graph.";
        this.AddEntityFields();
    }
}
