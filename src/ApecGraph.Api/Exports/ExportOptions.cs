namespace ApecGraph.Api.Exports;

/// <summary>Whole-graph exports under <c>/export/</c> (section <c>Export</c>, e.g. env <c>Export__ConcurrentExports</c>).</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>Exports the server writes at once, from all clients together; one more is answered 429
    /// <c>EXPORT_BUSY</c> with <c>Retry-After</c>. Each export reads the whole graph, a page at a time, so this bounds
    /// the store's load and the server's memory (one page and one 32 KB chunk per export) whatever the clients do.</summary>
    public int ConcurrentExports { get; set; } = 2;

    /// <summary>Seconds a refused client is told to wait.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (ConcurrentExports < 1) problems.Add($"{Section}:{nameof(ConcurrentExports)} must be at least 1, got {ConcurrentExports}");
        if (RetryAfterSeconds < 1) problems.Add($"{Section}:{nameof(RetryAfterSeconds)} must be at least 1, got {RetryAfterSeconds}");
        return problems;
    }
}
