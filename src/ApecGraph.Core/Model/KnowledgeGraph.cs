namespace ApecGraph.Core.Model;

/// <summary>A whole loaded graph: what graph-seeds/ holds, plus the derived MENTIONS relations.</summary>
public sealed record KnowledgeGraph(IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations)
{
    /// <summary>Each document's source text (the file under seeds/ as stored), by document id; documents without a
    /// source file are absent.</summary>
    public IReadOnlyDictionary<string, string> DocumentTexts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
