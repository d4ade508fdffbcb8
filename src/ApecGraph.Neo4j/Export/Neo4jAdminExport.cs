using System.Globalization;
using System.Text;
using ApecGraph.Core.Export;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Mapping;

namespace ApecGraph.Neo4j.Export;

/// <summary>
/// The graph as the CSV files <c>neo4j-admin database import full</c> reads, laid out exactly as the online import
/// lays it out (the same rows, <see cref="ImportRows"/>: labels <c>Entity</c> plus the kind, every property, one
/// generation, and the <c>:GraphInfo</c> node naming it), written as a stream (one row in memory at a time).
/// <para>Files, each with its header on the first line: <see cref="EntitiesFile"/> (<c>id:ID(Entity)</c>, <c>:LABEL</c>,
/// typed properties), <see cref="GraphInfoFile"/> (<c>key:ID(GraphInfo)</c>, ...), <see cref="RelationsFile"/>
/// (<c>:START_ID(Entity)</c>, <c>:END_ID(Entity)</c>, <c>:TYPE</c>, properties). Fields are comma separated, quoted
/// with <c>"</c> when they hold a comma, a quote, a line break or the array delimiter (quotes doubled), an absent value
/// is an empty field, an empty text is <c>""</c>; list elements and labels are joined by <see cref="ArrayDelimiter"/>
/// (U+001F, which no value of the graph may hold).</para>
/// </summary>
public static class Neo4jAdminExport
{
    public const string EntitiesFile = "entities.csv", GraphInfoFile = "graphinfo.csv", RelationsFile = "relations.csv";

    /// <summary>Between list elements and between labels; give it as <c>--array-delimiter=U+001F</c>.</summary>
    public const char ArrayDelimiter = '\u001F';

    private const string EntityIdSpace = "Entity";

    /// <summary>The command that imports the files in <paramref name="folder"/> into the (new, empty) database <paramref name="database"/>.</summary>
    public static string Command(string folder, string database = "neo4j") =>
        $"neo4j-admin database import full {database} --nodes={Path.Combine(folder, EntitiesFile)} --nodes={Path.Combine(folder, GraphInfoFile)} "
        + $"--relationships={Path.Combine(folder, RelationsFile)} --delimiter=, --array-delimiter=U+001F --quote='\"' --multiline-fields=true";

    /// <summary>Writes the three files into <paramref name="folder"/>, each first as <c>*.partial</c> and moved into place
    /// when complete; answers the rows written.</summary>
    public static async Task<(long Entities, long Relations)> WriteAsync(IGraphContent content, string folder, string gen, DateTimeOffset importedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(folder);
        var entities = await WriteFileAsync(Path.Combine(folder, EntitiesFile), EntityColumns(gen), content.Entities,
            e => Labelled(ImportRows.Entity(e, gen, content.DocumentText(e.Id)), Stored.EntityLabel, Stored.KindLabel(e.Kind)), cancellationToken).ConfigureAwait(false);
        var info = Labelled(new((Dictionary<string, object?>)ImportStatements.GraphInfo(new GraphInfo(content.Version, importedAt, content.EntityCount,
            content.RelationCount, content.EntitiesByKind), gen).Parameters["info"]!), "GraphInfo");
        await WriteFileAsync(Path.Combine(folder, GraphInfoFile), Columns.Of(info, "key", "GraphInfo"), [info], row => row, cancellationToken).ConfigureAwait(false);
        var relations = await WriteFileAsync(Path.Combine(folder, RelationsFile), RelationColumns(gen), content.Relations, RelationRow, cancellationToken)
            .ConfigureAwait(false);
        return (entities, relations);

        Dictionary<string, object?> RelationRow(Relation r)
        {
            var row = (Dictionary<string, object?>)ImportRows.Relation(r, gen)["properties"]!;
            row[":START_ID"] = r.From;
            row[":END_ID"] = r.To;
            row[":TYPE"] = r.Type;
            return row;
        }
    }

    /// <summary>The columns of every key an entity row can have: those of a made-up entity that has them all.</summary>
    internal static Columns EntityColumns(string gen)
    {
        var evidence = new Evidence("document:x", "q") { Supports = ["a"], Start = 0, End = 1 };
        var probe = new Entity
        {
            Id = "x:x", Kind = EntityKind.Document, Name = "x", Aliases = ["x"], Description = "x", Evidence = [evidence],
            Properties = ExportNames.PropertyKeys.ToDictionary(k => k, _ => "x"),
        };
        return Columns.Of(Labelled(ImportRows.Entity(probe, gen, "text"), Stored.EntityLabel), "id", EntityIdSpace);
    }

    internal static Columns RelationColumns(string gen)
    {
        var probe = new Relation
        {
            Id = "r", Type = "CHAIRED", From = "a", To = "b", Role = "x", Date = "x", Status = "x", Modality = Modality.Planned, Note = "x",
            Evidence = [new Evidence("document:x", "q") { Supports = ["a"], Start = 0, End = 1 }],
        };
        var row = (Dictionary<string, object?>)ImportRows.Relation(probe, gen)["properties"]!;
        return new Columns([$":START_ID({EntityIdSpace})", $":END_ID({EntityIdSpace})", ":TYPE", .. Columns.Of(row, null, null).Headers],
            [":START_ID", ":END_ID", ":TYPE", .. Columns.Of(row, null, null).Keys]);
    }

    private static Dictionary<string, object?> Labelled(Dictionary<string, object?> row, params string[] labels)
    {
        row[":LABEL"] = labels;
        return row;
    }

    private static async Task<long> WriteFileAsync<T>(string path, Columns columns, IEnumerable<T> items, Func<T, Dictionary<string, object?>> row,
        CancellationToken cancellationToken)
    {
        var partial = path + ".partial";
        long count = 0;
        try
        {
            await using (var text = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 16))
            {
                await text.WriteAsync(string.Join(',', columns.Headers) + "\n").ConfigureAwait(false);
                var line = new StringBuilder();
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    columns.Write(line.Clear(), row(item));
                    await text.WriteAsync(line.Append('\n'), cancellationToken).ConfigureAwait(false);
                    count++;
                }
            }
            File.Move(partial, path, overwrite: true);
            return count;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>A file's header fields and, in the same order, the row keys whose values go under them.</summary>
    internal sealed record Columns(IReadOnlyList<string> Headers, IReadOnlyList<string> Keys)
    {
        private readonly HashSet<string> known = [.. Keys];

        /// <summary>One column per key of <paramref name="sample"/> (in its order), typed by its value; the id key, if
        /// any, becomes the <c>:ID</c> column of <paramref name="idSpace"/>; <c>:LABEL</c> stays as it is.</summary>
        public static Columns Of(IReadOnlyDictionary<string, object?> sample, string? id, string? idSpace)
        {
            var headers = new List<string>();
            foreach (var (key, value) in sample)
            {
                headers.Add(key == id ? $"{key}:ID({idSpace})" : key.StartsWith(':') ? key : key + Type(key, value));
            }
            return new Columns(headers, [.. sample.Keys]);
        }

        private static string Type(string key, object? value) => value switch
        {
            string => "",
            string[] => ":string[]",
            int[] or long[] => ":long[]", // Cypher's integers are 64-bit: the online import stores longs
            int or long => ":long",
            null => throw new InvalidOperationException($"the probe row has no value for '{key}': its type is unknown"),
            _ => throw new InvalidOperationException($"no neo4j-admin type for '{key}' ({value.GetType().Name})"),
        };

        public void Write(StringBuilder line, IReadOnlyDictionary<string, object?> row)
        {
            foreach (var key in row.Keys)
            {
                if (!known.Contains(key) && row[key] is not null)
                    throw new InvalidOperationException($"a row has '{key}', which has no column in the neo4j-admin layout");
            }
            for (var i = 0; i < Keys.Count; i++)
            {
                if (i > 0) line.Append(',');
                Field(line, Keys[i], row.GetValueOrDefault(Keys[i]));
            }
        }

        private static void Field(StringBuilder line, string key, object? value)
        {
            switch (value)
            {
                case null:
                    return;
                case string text:
                    Quoted(line, key, text, always: text.Length == 0);
                    return;
                case string[] texts:
                    Quoted(line, key, string.Join(ArrayDelimiter, texts.Select(t => Element(key, t))), always: false);
                    return;
                case int[] numbers:
                    line.AppendJoin(ArrayDelimiter, numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
                    return;
                case int or long:
                    line.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
                default:
                    throw new InvalidOperationException($"no neo4j-admin field for '{key}' ({value.GetType().Name})");
            }
        }

        private static string Element(string key, string text) => text.Contains(ArrayDelimiter, StringComparison.Ordinal)
            ? throw new InvalidOperationException($"a value of '{key}' holds U+001F, the array delimiter: it cannot be exported for neo4j-admin")
            : text;

        private static void Quoted(StringBuilder line, string key, string text, bool always)
        {
            if (!always && text.AsSpan().IndexOfAny(",\"\r\n") < 0 && !text.Contains(ArrayDelimiter, StringComparison.Ordinal))
            {
                line.Append(text);
                return;
            }
            line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
    }
}
