namespace ApecGraph.Core.Model;

/// <summary>Where a fact is written: a source document and the verbatim words that state it.</summary>
/// <param name="DocumentId">Id of a <see cref="EntityKind.Document"/> entity whose <c>source</c> is a file under seeds/.</param>
/// <param name="Quote">Verbatim words of that document (line breaks and runs of spaces may differ).</param>
public sealed record Evidence(string DocumentId, string Quote)
{
    /// <summary>Entity properties this quote states (empty on relation evidence).</summary>
    public IReadOnlyList<string> Supports { get; init; } = [];
}
