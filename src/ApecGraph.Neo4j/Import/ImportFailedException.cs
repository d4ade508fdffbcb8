namespace ApecGraph.Neo4j.Import;

/// <summary>
/// An import that failed, saying exactly what it had changed: the schema statements run first, each in its own
/// (auto-committed) transaction, so the first <see cref="SchemaStatementsCommitted"/> of <see cref="SchemaItems"/> are in
/// place; the data is written in one transaction, which a failure before its commit rolls back. The cause is
/// <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class ImportFailedException(int schemaStatementsCommitted, Exception cause) : Exception(cause.Message, cause)
{
    /// <summary>What each schema statement puts in place, in the order they run.</summary>
    public static IReadOnlyList<string> SchemaItems { get; } = ["the uniqueness constraint on Entity.id", "the index on Entity.kind", "the full-text index of names"];

    public int SchemaStatementsCommitted { get; } = schemaStatementsCommitted;

    /// <summary>What was and was not changed, in words for the person running the import.</summary>
    public string Changes
    {
        get
        {
            const string Rerun = "Running import again is safe.";
            if (SchemaStatementsCommitted == 0)
                return $"Nothing was changed: the first schema statement ({SchemaItems[0]}) failed, and no data was sent. {Rerun}";
            var schema = $"Changed: the schema statements committed before the failure: {string.Join(" and ", SchemaItems.Take(SchemaStatementsCommitted))} "
                + $"{(SchemaStatementsCommitted == 1 ? "is" : "are")} in place (created only if missing).";
            if (SchemaStatementsCommitted < SchemaItems.Count)
                return $"{schema} Not changed: {string.Join(" and ", SchemaItems.Skip(SchemaStatementsCommitted))} (not run), and no data was sent. {Rerun}";
            return $"{schema} Not changed: the data (entities and relations): its writes ran in one transaction, which was rolled back. "
                + $"(Had the connection dropped during the commit itself, the data may have gone through.) {Rerun}";
        }
    }
}
