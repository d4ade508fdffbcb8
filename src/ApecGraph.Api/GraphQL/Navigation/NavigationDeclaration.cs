using ApecGraph.Api.GraphQL.Entities;
using ApecGraph.Api.GraphQL.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Navigation;

/// <summary>What a typed navigation field follows: the relation types and direction (<see cref="Query"/>), and the
/// kinds it keeps at the far end (<see cref="Kinds"/>; every kind when empty). Stored on the field as metadata, so
/// the resolver and the schema tests (<c>NavigationTypeTests</c>) read the same declaration.</summary>
public sealed record NavigationDeclaration(RelationQuery Query, IReadOnlyList<EntityKind> Kinds)
{
    public const string MetadataKey = "apecgraph:navigation";

    /// <summary>The argument that chooses which modalities of relations a navigation field follows.</summary>
    public const string ModalityArgument = "modality";

    /// <summary>What a navigation field follows unless its <c>modality</c> argument says otherwise.</summary>
    public static IReadOnlyList<Modality> DefaultModalities { get; } = [Modality.Actual];

    /// <summary>The batch loader that <see cref="Query"/> goes through (<see cref="GraphLoaders.KeyOf"/>), computed once here
    /// rather than for every parent a navigation field resolves on.</summary>
    public string LoaderKey { get; } = GraphLoaders.KeyOf(Query);

    /// <summary>Whether <paramref name="kind"/> passes the kind filter.</summary>
    public bool Keeps(EntityKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);

    /// <summary>The declaration of <paramref name="field"/>, or null when it is not a navigation field.</summary>
    public static NavigationDeclaration? Of(IFieldType field) => field.GetMetadata<NavigationDeclaration?>(MetadataKey);
}
