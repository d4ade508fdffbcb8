namespace ApecGraph.Core.Model;

/// <summary>A node of the knowledge graph.</summary>
public sealed record Entity
{
    /// <summary>Stable readable id, <c>kind-prefix:slug</c>, e.g. <c>economy:malaysia</c>.</summary>
    public required string Id { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Name { get; init; }
    /// <summary>Other names the sources use: acronyms, short forms, spellings.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The curator's note; not itself a sourced claim.</summary>
    public string? Description { get; init; }
    /// <summary>Kind-specific properties (see <see cref="Vocabulary.PropertiesByKind"/>), as written in the seeds.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public string? Property(string key) => Properties.TryGetValue(key, out var value) ? value : null;
}
