namespace ApecGraph.Core.Model;

/// <summary>Where a fact is written: a source document and the verbatim words that state it.</summary>
/// <param name="DocumentId">Id of a <see cref="EntityKind.Document"/> entity whose <c>source</c> is a file under seeds/.</param>
/// <param name="Quote">Verbatim words of that document (line breaks and runs of spaces may differ).</param>
public sealed record Evidence(string DocumentId, string Quote)
{
    /// <summary>Entity properties this quote states (empty on relation evidence).</summary>
    public IReadOnlyList<string> Supports { get; init; } = [];

    /// <summary>Where the quote starts in the document's source text as stored under seeds/: an offset in UTF-16 code
    /// units (as JavaScript strings index), of its first occurrence; null when the document has no source text.</summary>
    public int? Start { get; init; }

    /// <summary>Where the quote ends in the source text (exclusive, UTF-16 code units); null with <see cref="Start"/>.</summary>
    public int? End { get; init; }
}
