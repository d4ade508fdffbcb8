using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Entities;

public sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "Anything in the knowledge graph.";
        // The same fields as every kind's type (one definition, EntityFields), declared here without resolvers:
        // an interface field is resolved by the object type that implements it.
        var kind = new ObjectGraphType<Entity>();
        kind.AddEntityFields();
        foreach (var field in kind.Fields)
        {
            field.Resolver = null;
            AddField(field);
        }
    }
}
