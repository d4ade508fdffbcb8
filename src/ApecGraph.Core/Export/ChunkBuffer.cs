namespace ApecGraph.Core.Export;

/// <summary>
/// Where an export's writer (XmlWriter, Utf8JsonWriter, a TextWriter) writes synchronously; after each record the
/// export hands a full chunk to the real output asynchronously, so memory holds one chunk, not the export, and a
/// server's response body sees no synchronous write.
/// </summary>
internal sealed class ChunkBuffer : MemoryStream
{
    /// <summary>Bytes gathered before they go out.</summary>
    public const int ChunkSize = 32 * 1024;

    /// <summary>Sends what has been gathered when it is a full chunk (or always, when <paramref name="force"/>).</summary>
    public async ValueTask DrainAsync(Stream output, bool force, CancellationToken cancellationToken)
    {
        if (Length == 0 || (!force && Length < ChunkSize)) return;
        await output.WriteAsync(GetBuffer().AsMemory(0, (int)Length), cancellationToken).ConfigureAwait(false);
        SetLength(0);
    }
}
