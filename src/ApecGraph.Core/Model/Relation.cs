namespace ApecGraph.Core.Model;

/// <summary>A fact: <c>From -[Type]-> To</c>, qualified where the source qualifies it, with its evidence.</summary>
public sealed record Relation
{
    /// <summary>Explicit in the seeds, or derived as <c>from|TYPE|to</c>.</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="Vocabulary.RelationTypes"/>, upper snake case, e.g. <c>PROPOSED</c>.</summary>
    public required string Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    /// <summary>Role, title or capacity, e.g. "Chair of APEC 2020".</summary>
    public string? Role { get; init; }
    /// <summary>ISO date (or year, or year-month) the fact holds or happened.</summary>
    public string? Date { get; init; }
    /// <summary>Status as the source states it, e.g. ENDORSED, UNDER_WAY.</summary>
    public string? Status { get; init; }
    /// <summary>Whether the source states it as done (the default) or only as planned or expected.</summary>
    public Modality Modality { get; init; } = Modality.Actual;
    /// <summary>Free-text qualifier: a topic presented, what a resolution requires.</summary>
    public string? Note { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The other end of this relation, seen from <paramref name="entityId"/>.</summary>
    public string Other(string entityId) => From == entityId ? To : From;
}
