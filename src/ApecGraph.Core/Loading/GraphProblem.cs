namespace ApecGraph.Core.Loading;

/// <summary>One thing wrong with graph-seeds/: where it is, what it concerns, and what is wrong.</summary>
/// <param name="File">Path of the YAML file, relative to the repository root where possible (forward slashes).</param>
/// <param name="Subject">The entity id, the relation (<c>from -TYPE-> to</c> or its explicit id), or the file itself.</param>
/// <param name="Message">What is wrong, in words a curator can act on.</param>
public sealed record GraphProblem(string File, string Subject, string Message)
{
    /// <summary>1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; init; }

    /// <summary><c>graph-seeds/people.yaml:12: person:x: message</c>.</summary>
    public override string ToString() =>
        Line is { } line ? $"{File}:{line}: {Subject}: {Message}" : $"{File}: {Subject}: {Message}";
}
