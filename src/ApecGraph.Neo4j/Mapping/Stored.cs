namespace ApecGraph.Neo4j.Mapping;

/// <summary>
/// How the graph is laid out in Neo4j. A node has the label <c>Entity</c> plus its kind's label (<c>Meeting</c>, ...) and
/// the properties below; a relation is a relationship whose type is the relation type (<c>PROPOSED</c>, ...).
/// </summary>
internal static class Stored
{
    public const string EntityLabel = "Entity";

    /// <summary>Each kind-specific property is also stored flat under this prefix (<c>prop_startDate</c>), so that
    /// filters can compare it; the JSON copy in <c>props</c> is what reads return.</summary>
    public const string PropertyPrefix = "prop_";

    /// <summary>The id of the import that last wrote a node or relationship; anything else is removed at the end of an import.</summary>
    public const string ImportRun = "importRun";

    /// <summary>Each evidence's document id, start and end, as parallel lists on a node or relationship (not on MENTIONS).</summary>
    public const string EvidenceDocs = "evidenceDocs", EvidenceStarts = "evidenceStarts", EvidenceEnds = "evidenceEnds";

    /// <summary>A document's source text, on its node (not in <see cref="EntityProjection"/>: only Document.text reads it).</summary>
    public const string Text = "text";

    /// <summary>The map projection every read of an entity returns.</summary>
    public const string EntityProjection = "{.id, .kind, .name, .aliases, .description, .props, .evidence}";

    /// <summary>The map projection every read of a relationship returns, for the relationship variable <paramref name="r"/>
    /// (a constant of the statement, never user text).</summary>
    public static string RelationProjection(string r) =>
        $"{r} {{.id, type: type({r}), from: startNode({r}).id, to: endNode({r}).id, .role, .date, .status, .modality, .note, .evidence}}";

    /// <summary>A kind as Neo4j stores it: the node label and the <c>kind</c> property, e.g. <c>Meeting</c>.</summary>
    public static string KindLabel(Core.Model.EntityKind kind) => kind.ToString();

    public static bool TryParseKindLabel(string? label, out Core.Model.EntityKind kind) =>
        Enum.TryParse(label, ignoreCase: false, out kind) && Enum.IsDefined(kind) && label == KindLabel(kind);
}
