namespace ApecGraph.Neo4j.Import;

/// <summary>
/// An import that failed, saying exactly what it had changed (<see cref="Changes"/>): readers keep the generation that
/// was current before, unless the failure came after the switch. The cause is <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class ImportFailedException(string changes, Exception cause) : Exception(cause.Message, cause)
{
    /// <summary>What was and was not changed, in words for the person running the import.</summary>
    public string Changes { get; } = changes;
}
