using System.Text;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Export;

/// <summary>
/// The graph as two CSV tables for pandas and spreadsheets (RFC 4180: comma separated, CRLF line ends, a field quoted
/// when it holds a comma, a double quote or a line break, quotes doubled; UTF-8 without BOM; a header row).
/// <c>nodes.csv</c>: <see cref="NodeColumns"/>, one column per vocabulary property; <c>edges.csv</c>:
/// <see cref="EdgeColumns"/>. <c>evidence</c> is a JSON array; the last column of every row is the graph version.
/// An absent value is an empty field.
/// </summary>
public static class CsvExport
{
    public const string MediaType = "text/csv";
    public const string NodesFile = "nodes.csv", EdgesFile = "edges.csv";

    public static IReadOnlyList<string> NodeColumns { get; } =
        ["id", "kind", "name", "aliases", "description", .. ExportNames.PropertyKeys, "evidence", "graph_version"];

    public static IReadOnlyList<string> EdgeColumns { get; } =
        ["id", "type", "from", "to", "role", "date", "status", "modality", "note", "evidence", "graph_version"];

    public static Task WriteNodesAsync(IGraphStore store, string? version, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(NodeColumns, GraphReader.EntitiesAsync(store, cancellationToken: cancellationToken), e => NodeRow(e, version), output, cancellationToken);

    public static Task WriteEdgesAsync(IGraphStore store, string? version, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(EdgeColumns, GraphReader.RelationsAsync(store, cancellationToken: cancellationToken), r => EdgeRow(r, version), output, cancellationToken);

    private static IEnumerable<string?> NodeRow(Entity entity, string? version) =>
    [
        entity.Id, ExportNames.Kind(entity.Kind), entity.Name, ExportNames.Aliases(entity.Aliases), entity.Description,
        .. ExportNames.PropertyKeys.Select(entity.Property),
        entity.Evidence.Count == 0 ? null : ExportNames.EvidenceJson(entity.Evidence), version,
    ];

    private static IEnumerable<string?> EdgeRow(Relation relation, string? version) =>
    [
        relation.Id, relation.Type, relation.From, relation.To, relation.Role, relation.Date, relation.Status,
        ExportNames.Modality(relation.Modality), relation.Note, ExportNames.EvidenceJson(relation.Evidence), version,
    ];

    private static async Task WriteAsync<T>(IReadOnlyList<string> header, IAsyncEnumerable<T> items, Func<T, IEnumerable<string?>> row,
        Stream output, CancellationToken cancellationToken)
    {
        await using var buffer = new ChunkBuffer();
        await using var text = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true);
        Row(text, header);
        await foreach (var item in items.ConfigureAwait(false))
        {
            Row(text, row(item));
            text.Flush();
            await buffer.DrainAsync(output, force: false, cancellationToken).ConfigureAwait(false);
        }
        text.Flush();
        await buffer.DrainAsync(output, force: true, cancellationToken).ConfigureAwait(false);
    }

    private static void Row(TextWriter text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) text.Write(',');
            first = false;
            Field(text, field);
        }
        text.Write("\r\n");
    }

    private static void Field(TextWriter text, string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Write(field);
            return;
        }
        text.Write('"');
        text.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        text.Write('"');
    }
}
