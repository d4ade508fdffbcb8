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
            .ResolveValue(s => s.Version);
        Field<NonNullGraphType<StringGraphType>>("loadedAt")
            .Description("When the graph was loaded (embedded store) or imported (Neo4j), ISO 8601 in UTC.")
            .ResolveValue(s => s.LoadedAtText);
        Field<NonNullGraphType<StringGraphType>>("store").Description("The store serving it: Embedded or Neo4j.").ResolveValue(s => s.Source);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entities in the graph.").ResolveValue(s => s.Info.Entities);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations in the graph, the derived MENTIONS included.").ResolveValue(s => s.Info.Relations);
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
        Field<NonNullGraphType<EntityKindEnum>>("kind").ResolveValue(s => s.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").ResolveValue(s => s.Count);
    }
}
