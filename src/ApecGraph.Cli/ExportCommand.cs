using ApecGraph.Core.Embedded;
using ApecGraph.Core.Export;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Export;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Cli;

/// <summary>
/// <c>export</c>: the whole graph as GraphML, CSV or JSON-LD (the writers the API's <c>/export/*</c> uses), from
/// graph-seeds/ (validated first: nothing is written when it has problems) or, with <c>--uri</c>, from a Neo4j
/// (read a page at a time). GraphML and JSON-LD go to stdout or <c>--out FILE</c>; CSV writes <c>nodes.csv</c>,
/// <c>edges.csv</c> and <c>version.txt</c> into the folder <c>--out</c> names.
/// </summary>
public sealed class ExportCommand(Func<string, string?>? environment = null, Func<string?>? promptPassword = null) : ICommand
{
    public const string VersionFile = "version.txt";
    private const string Format = "--format", Out = "--out", BaseIri = "--base-iri";
    private const string Neo4jAdmin = "neo4j-admin";
    private static readonly string[] Formats = ["csv", "graphml", "jsonld", Neo4jAdmin];
    private readonly Func<string, string?> environment = environment ?? Environment.GetEnvironmentVariable;
    private readonly Func<string?> promptPassword = promptPassword ?? (() => null);

    public string Name => "export";
    public string Summary => "write the whole graph as CSV, GraphML, JSON-LD or neo4j-admin import files";
    public IReadOnlyCollection<string> Options { get; } =
    [
        Format, Out, BaseIri, GraphSourceOptions.Graph, GraphSourceOptions.Sources, GraphContentSource.Snapshot,
        Neo4jConnectionOptions.Uri, Neo4jConnectionOptions.Database, Neo4jConnectionOptions.User, Neo4jConnectionOptions.Password,
    ];

    public string Usage =>
        "usage: ApecGraph.Cli export --format csv|graphml|jsonld|neo4j-admin [--out <path>] [--graph <dir>] [--sources <dir>] [--uri <neo4j http uri>]\n\n"
        + "Writes every entity and relation (the derived MENTIONS included) with its evidence and the graph version; see docs/exports.md.\n"
        + "Reads graph-seeds/ (validated first: exit 1 and nothing written when it has problems), or Neo4j when --uri is given.\n\n"
        + "  --format <f>      csv: nodes.csv, edges.csv and version.txt in the folder --out names (required)\n"
        + "                    graphml | jsonld: one file, --out <file> or stdout\n"
        + "                    neo4j-admin: entities.csv, graphinfo.csv, relations.csv for `neo4j-admin database import full`\n"
        + "                    in the folder --out names, from graph-seeds/ or a snapshot (see docs/neo4j.md)\n"
        + "  --out <path>      where to write (a folder for csv, created when missing)\n"
        + "  --base-iri <iri>  jsonld: the base of node IRIs and of the apec: vocabulary (default http://localhost:5080/,\n"
        + "                    the API's address in development); the context is embedded\n"
        + GraphSourceOptions.Usage + "\n"
        + GraphContentSource.Usage + "\n"
        + "  --uri, --database, --user: read this Neo4j instead of graph-seeds/, as for import (password from env NEO4J_PASSWORD)";

    public int Run(CliArguments arguments, TextWriter output) => RunAsync(arguments, output).GetAwaiter().GetResult();

    private async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        var format = arguments[Format] ?? throw new UsageException($"{Format} is required: one of {string.Join(", ", Formats)}");
        if (!Formats.Contains(format)) throw new UsageException($"{Format} must be one of {string.Join(", ", Formats)}, got \"{format}\"");
        var outPath = arguments[Out];
        if (format == "csv" && outPath is null) throw new UsageException($"{Format} csv writes two files: give {Out} <folder>");
        var baseIri = ParseBaseIri(arguments[BaseIri]);
        if (format == Neo4jAdmin)
            return await ExportNeo4jAdminAsync(arguments, outPath, output);

        IGraphStore? store = arguments[Neo4jConnectionOptions.Uri] is not null ? OpenNeo4j(arguments)
            : arguments[GraphContentSource.Snapshot] is not null ? GraphContentSource.Store(arguments, output, "Nothing was exported.")
            : LoadSeeds(arguments, output);
        if (store is null) return ExitCodes.Failed;
        try
        {
            return await ExportAsync(store, format, outPath, baseIri, output);
        }
        catch (Exception e) when (e is GraphStoreUnavailableException or Neo4jQueryException or Neo4jResponseException)
        {
            output.WriteLine($"export failed: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> ExportAsync(IGraphStore store, string format, string? outPath, Uri baseIri, TextWriter output)
    {
        var version = (await store.GetGraphInfoAsync())?.Version;

        if (format == "csv")
        {
            Directory.CreateDirectory(outPath!);
            await WriteFileAsync(Path.Combine(outPath!, CsvExport.NodesFile), s => CsvExport.WriteNodesAsync(store, version, s));
            await WriteFileAsync(Path.Combine(outPath!, CsvExport.EdgesFile), s => CsvExport.WriteEdgesAsync(store, version, s));
            await File.WriteAllTextAsync(Path.Combine(outPath!, VersionFile), (version ?? "unknown") + "\n");
            output.WriteLine($"wrote {CsvExport.NodesFile}, {CsvExport.EdgesFile} and {VersionFile} (graph version {version ?? "unknown"}) to {outPath}");
            return ExitCodes.Ok;
        }
        Func<Stream, Task> write = format == "graphml"
            ? s => GraphMLExport.WriteAsync(store, version, s)
            : s => JsonLdExport.WriteAsync(store, version, baseIri, contextIri: null, s);
        if (outPath is null)
        {
            await using var stdout = new TextWriterStream(output);
            await write(stdout);
            output.Flush();
            return ExitCodes.Ok;
        }
        await WriteFileAsync(outPath, write);
        output.WriteLine($"wrote {outPath} (graph version {version ?? "unknown"})");
        return ExitCodes.Ok;
    }

    private static async Task<int> ExportNeo4jAdminAsync(CliArguments arguments, string? outPath, TextWriter output)
    {
        if (outPath is null) throw new UsageException($"{Format} {Neo4jAdmin} writes three files: give {Out} <folder>");
        if (arguments[Neo4jConnectionOptions.Uri] is not null)
            throw new UsageException($"{Format} {Neo4jAdmin} writes graph-seeds/ for an empty database: it does not read Neo4j ({Neo4jConnectionOptions.Uri})");
        if (GraphContentSource.Content(arguments, output, "Nothing was exported: fix the problems above and run export again.") is not { } content)
            return ExitCodes.Failed;
        var (entities, relations) = await Neo4jAdminExport.WriteAsync(content, outPath, Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow);
        output.WriteLine($"wrote {entities} entities and {relations} relations (graph version {content.Version}) to {outPath}; import them with:");
        output.WriteLine("  " + Neo4jAdminExport.Command(Path.GetFullPath(outPath)));
        output.WriteLine("then start Neo4j, create the database, and run `ApecGraph.Cli import --schema-only` for the indexes (docs/neo4j.md)");
        return ExitCodes.Ok;
    }

    // Written beside the target and moved over it when complete, so that a store failing midway leaves no half file.
    private static async Task WriteFileAsync(string path, Func<Stream, Task> write)
    {
        var partial = path + ".partial";
        try
        {
            await using (var file = File.Create(partial))
                await write(file);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static Uri ParseBaseIri(string? text)
    {
        if (text is null) return new Uri("http://localhost:5080/");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var iri) || !text.EndsWith('/'))
            throw new UsageException($"{BaseIri} must be an absolute IRI ending in '/', got \"{text}\"");
        return iri;
    }

    private static EmbeddedGraphStore? LoadSeeds(CliArguments arguments, TextWriter output) =>
        LoadGraph(arguments, output) is { } graph ? new EmbeddedGraphStore(graph) : null;

    private static Core.Model.KnowledgeGraph? LoadGraph(CliArguments arguments, TextWriter output)
    {
        var load = GraphLoader.Load(GraphSourceOptions.Resolve(arguments));
        if (load.IsValid) return load.Graph!;
        foreach (var problem in load.Problems)
            output.WriteLine(problem);
        output.WriteLine(ValidateCommand.ReportSummary(load));
        output.WriteLine("Nothing was exported: fix the problems above and run export again.");
        return null;
    }

    private Neo4jGraphStore OpenNeo4j(CliArguments arguments) =>
        new(Neo4jHttpClient.Create(Neo4jConnectionOptions.Resolve(arguments, environment, promptPassword)));
}
