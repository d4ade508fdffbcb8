namespace ApecGraph.Core.Loading;

// The YAML as written, before validation: every field optional, every record knows its file and line.

internal sealed record SourceLocation(string File, int Line);

internal sealed record RawEvidence(SourceLocation Location, string? Doc, string? Quote, IReadOnlyList<string> Supports, bool HasSupports)
{
    /// <summary>Where validation found the quote in its source text, kept so that building the graph does not search again.</summary>
    public (int Start, int End)? Position { get; set; }
}

internal sealed record RawProperty(string Key, string Value, int Line);

internal sealed record RawEntity(SourceLocation Location)
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Description { get; init; }
    public IReadOnlyList<RawProperty> Properties { get; init; } = [];
    public IReadOnlyList<RawEvidence> Evidence { get; init; } = [];

    public string Subject => string.IsNullOrEmpty(Id) ? "(entity without id)" : Id;
}

internal sealed record RawRelation(SourceLocation Location)
{
    public string? Id { get; init; }
    public string? From { get; init; }
    public string? Type { get; init; }
    public string? To { get; init; }
    public string? Role { get; init; }
    public string? Date { get; init; }
    public string? Status { get; init; }
    public string? Modality { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<RawEvidence> Evidence { get; init; } = [];

    /// <summary>The explicit id, or the default <c>from|TYPE|to</c>.</summary>
    public string EffectiveId => ValidatedId ?? (string.IsNullOrEmpty(Id) ? $"{From}|{Type}|{To}" : Id);

    /// <summary><see cref="EffectiveId"/> as validation computed it, kept so that the graph holds that one string
    /// instead of building it again (set once all fields are read).</summary>
    public string? ValidatedId { get; set; }

    public string Subject => string.IsNullOrEmpty(Id) ? $"{From} -{Type}-> {To}" : Id;
}

internal sealed record RawSeeds(IReadOnlyList<RawEntity> Entities, IReadOnlyList<RawRelation> Relations);
