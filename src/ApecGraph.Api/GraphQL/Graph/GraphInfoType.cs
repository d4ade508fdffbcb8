using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.Versioning;
using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Graph;

/// <summary><c>Query.graph</c>: which graph the API serves.</summary>
public sealed class GraphInfoType : ObjectGraphType<ServedGraph>
{
    public GraphInfoType()
    {
        Name = "GraphInfo";
        Description = "The graph the API serves. Every response also carries its version and load time in extensions.graph.";
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("A content hash of the whole graph (16 hex digits): the same graph gives the same version, any change to an entity, relation or quote another.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("loadedAt")
            .Description("When the graph was loaded (embedded store) or imported (Neo4j), ISO 8601 in UTC.")
            .Resolve(c => c.Source.LoadedAtText);
        Field<NonNullGraphType<StringGraphType>>("store").Description("The store serving it: Embedded or Neo4j.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entities in the graph.").Resolve(c => c.Source.Info.Entities);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations in the graph, the derived MENTIONS included.").Resolve(c => c.Source.Info.Relations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("counts")
            .Description("Entities per kind, every kind (0 where none), in the order of EntityKind.")
            .Resolve(c => c.Source.Info.EntitiesByKind);
    }
}

public sealed class KindCountType : ObjectGraphType<KindCount>
{
    public KindCountType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<EntityKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
