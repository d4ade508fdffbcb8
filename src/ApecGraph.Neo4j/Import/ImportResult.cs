namespace ApecGraph.Neo4j.Import;

/// <summary>What an import left in Neo4j: the counts of the generation it switched readers to, and what it deleted
/// (previous generations and failed attempts' leftovers).</summary>
public sealed record ImportResult(int Entities, int Relations, int RemovedEntities, int RemovedRelations)
{
    /// <summary>The <see cref="Core.Model.GraphVersion"/> of the graph imported, as written to the <c>:GraphInfo</c> node.</summary>
    public string? Version { get; init; }

    /// <summary>The generation readers now use.</summary>
    public string? Generation { get; init; }

    public override string ToString() =>
        $"imported {Entities} entities, {Relations} relations; removed {RemovedEntities} entities, {RemovedRelations} relations"
        + (Version is null ? "" : $"; graph version {Version}");
}

/// <summary>What <see cref="Neo4jImporter.DryRun"/> built: requests (one per batch), statements, rows and request bytes.</summary>
public sealed class DryRunResult
{
    public int Requests { get; private set; }

    public int Statements { get; private set; }

    public long Rows { get; private set; }

    public long Bytes { get; private set; }

    public int LargestRequestBytes { get; private set; }

    internal void Add(int statements, int rows, int bytes)
    {
        Requests++;
        Statements += statements;
        Rows += rows;
        Bytes += bytes;
        LargestRequestBytes = Math.Max(LargestRequestBytes, bytes);
    }

    public override string ToString() =>
        $"dry run: {Requests:N0} requests, {Statements:N0} statements, {Rows:N0} rows, {Bytes:N0} bytes (largest request {LargestRequestBytes:N0} bytes)";
}
