namespace ApecGraph.Neo4j.Mapping;

/// <summary>
/// How the graph is laid out in Neo4j. A node has the label <c>Entity</c> plus its kind's label (<c>Meeting</c>, ...) and
/// the properties below; a relation is a relationship whose type is the relation type (<c>PROPOSED</c>, ...). Every node
/// and relationship an import writes carries that import's <see cref="Generation"/>; the one <c>:GraphInfo</c> node names
/// the generation readers use.
/// </summary>
internal static class Stored
{
    public const string EntityLabel = "Entity";

    /// <summary>Each kind-specific property is also stored flat under this prefix (<c>prop_startDate</c>), so that
    /// filters can compare it; the JSON copy in <c>props</c> is what reads return.</summary>
    public const string PropertyPrefix = "prop_";

    /// <summary>The generation (one per import run) a node or relationship belongs to.</summary>
    public const string Generation = "gen";

    /// <summary>The prelude of every statement that reads the graph: it binds <c>gen</c> to the generation the
    /// <c>:GraphInfo</c> node names, so that entities are matched with <c>{gen: gen}</c> and a half-written generation
    /// is never seen.</summary>
    public const string CurrentGeneration = "MATCH (meta:GraphInfo {key: 'current'}) WITH meta.gen AS gen";

    /// <summary>Evidence as parallel lists (Neo4j lists hold neither maps nor nulls), on nodes and relationships: each
    /// evidence's document id, quote, start and end (-1 for none), and the entity properties it supports joined by ','
    /// ("" for none; written only when some evidence supports a property).</summary>
    public const string EvidenceDocs = "evidenceDocs", EvidenceQuotes = "evidenceQuotes", EvidenceStarts = "evidenceStarts",
        EvidenceEnds = "evidenceEnds", EvidenceSupports = "evidenceSupports";

    /// <summary>What joins the property names one evidence supports in <see cref="EvidenceSupports"/>.</summary>
    public const char SupportsSeparator = ',';

    /// <summary>A document's source text, on its node (not in <see cref="EntityProjection"/>: only Document.text reads it).</summary>
    public const string Text = "text";

    private const string EvidenceKeys = ".evidenceDocs, .evidenceQuotes, .evidenceStarts, .evidenceEnds, .evidenceSupports";

    /// <summary>The map projection every read of an entity returns.</summary>
    public const string EntityProjection = "{.id, .kind, .name, .aliases, .description, .props, " + EvidenceKeys + "}";

    /// <summary>The map projection every read of a relationship returns, for the relationship variable <paramref name="r"/>
    /// (a constant of the statement, never user text).</summary>
    public static string RelationProjection(string r) =>
        $"{r} {{.id, type: type({r}), from: startNode({r}).id, to: endNode({r}).id, .role, .date, .status, .modality, .note, {EvidenceKeys}}}";

    /// <summary>A kind as Neo4j stores it: the node label and the <c>kind</c> property, e.g. <c>Meeting</c>.</summary>
    public static string KindLabel(Core.Model.EntityKind kind) => kind.ToString();

    public static bool TryParseKindLabel(string? label, out Core.Model.EntityKind kind) =>
        Enum.TryParse(label, ignoreCase: false, out kind) && Enum.IsDefined(kind) && label == KindLabel(kind);
}
