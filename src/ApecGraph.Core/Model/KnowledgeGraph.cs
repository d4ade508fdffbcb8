namespace ApecGraph.Core.Model;

/// <summary>A whole loaded graph: what graph-seeds/ holds, plus the derived MENTIONS relations.</summary>
public sealed record KnowledgeGraph(IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations);
