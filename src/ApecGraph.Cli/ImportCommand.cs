using ApecGraph.Core.Loading;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Cli;

/// <summary>
/// <c>import</c>: validates graph-seeds/ and, only when it is valid, writes it into Neo4j as a new generation in bounded
/// transactions, then switches readers to it (see <see cref="Neo4jImporter"/>). Connection options fall back to the API's environment variables (<c>Neo4j__Uri</c>, ...).
/// </summary>
/// <remarks>The password never comes from the command line, where every user of the machine can read it (<c>ps</c>,
/// <c>/proc/*/cmdline</c>): it comes from <c>NEO4J_PASSWORD</c> or <c>Neo4j__Password</c>, else, when a user is set
/// and a terminal is attached, from a prompt that does not echo. <c>--password</c> is refused, saying so.</remarks>
public sealed class ImportCommand(Func<string, string?>? environment = null, Func<string?>? promptPassword = null) : ICommand
{
    /// <summary>Where the password comes from, first found wins.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD", ApiPasswordVariable = "Neo4j__Password";

    public static readonly string PasswordRefused =
        $"--password is not accepted: a password on the command line is visible to every user of this machine (ps, /proc). "
        + $"Set {PasswordVariable} (or {ApiPasswordVariable}, as the API reads it) in the environment, or run import in a terminal "
        + "with --user and type the password at the prompt.";

    private const string Uri = Neo4jConnectionOptions.Uri, Database = Neo4jConnectionOptions.Database, User = Neo4jConnectionOptions.User,
        Password = Neo4jConnectionOptions.Password, EntityBatch = "--entity-batch", RelationBatch = "--relation-batch", IfEmpty = "--if-empty",
        DryRun = "--dry-run", SchemaOnly = "--schema-only";
    private readonly Func<string, string?> environment = environment ?? Environment.GetEnvironmentVariable;
    private readonly Func<string?> promptPassword = promptPassword ?? PromptWithoutEcho;

    public string Name => "import";
    public string Summary => "validate graph-seeds/ and write it into Neo4j (readers switch only when all of it is in)";
    public IReadOnlyCollection<string> Options { get; } =
        [GraphSourceOptions.Graph, GraphSourceOptions.Sources, GraphContentSource.Snapshot, Uri, Database, User, Password, EntityBatch, RelationBatch];
    public IReadOnlyCollection<string> Flags { get; } = [IfEmpty, DryRun, SchemaOnly];

    public string Usage =>
        "usage: ApecGraph.Cli import [--graph <dir>] [--sources <dir> | --snapshot <file>] [--uri <http uri>] [--database <name>] [--user <name>]\n"
        + "                            [--entity-batch <n>] [--relation-batch <n>] [--if-empty] [--dry-run]\n\n"
        + "Validates graph-seeds/ first and writes nothing when it has problems (exit 1). Otherwise writes the graph as a new\n"
        + "generation, one transaction per batch, then switches readers to it in one small transaction, then deletes the\n"
        + "previous generation in batches. A failure before the switch leaves the previous graph serving; running import\n"
        + "again removes the failed attempt's rows and finishes. One import at a time.\n\n"
        + GraphSourceOptions.Usage + "\n"
        + GraphContentSource.Usage + "\n"
        + "  --uri <uri>       Neo4j's HTTP address (default: env Neo4j__Uri, else http://localhost:7474)\n"
        + "  --database <name> (default: env Neo4j__Database, else neo4j)\n"
        + "  --user <name>     basic-auth user (default: env Neo4j__User; none when auth is off)\n"
        + $"  password          from env {PasswordVariable}, else {ApiPasswordVariable}, else a prompt (no echo) when --user is set in a terminal;\n"
        + "                    --password on the command line is refused (other users of the machine could read it)\n"
        + $"  --entity-batch <n>   entity rows per transaction (default {ImportOptions.DefaultEntityBatch:N0})\n"
        + $"  --relation-batch <n> relation rows per transaction (default {ImportOptions.DefaultRelationBatch:N0})\n"
        + "  --if-empty        do nothing when Neo4j already holds entities (a container's first start)\n"
        + "  --dry-run         build and serialise every batch as for Neo4j, send nothing, and report requests, bytes, time and memory\n"
        + "  --schema-only     only create the constraints and indexes (after `neo4j-admin database import`, which creates none)";

    public int Run(CliArguments arguments, TextWriter output) => RunAsync(arguments, output).GetAwaiter().GetResult();

    private async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        var options = ConnectionOptions(arguments);
        var batches = new ImportOptions
        {
            EntityBatch = Positive(arguments, EntityBatch) ?? ImportOptions.DefaultEntityBatch,
            RelationBatch = Positive(arguments, RelationBatch) ?? ImportOptions.DefaultRelationBatch,
        };
        if (arguments.Has(DryRun))
            return DryRunImport(arguments, batches, output);

        var client = Neo4jHttpClient.Create(options);
        if (arguments.Has(SchemaOnly))
            return await SchemaOnlyAsync(client, output);
        if (arguments.Has(IfEmpty))
        {
            var stored = await StoredEntitiesAsync(client, output);
            if (stored is null)
                return ExitCodes.Failed;
            if (stored > 0)
            {
                output.WriteLine($"{client.Describe()} already holds {stored} entities: not importing ({IfEmpty}). Run import without {IfEmpty} to update it.");
                return ExitCodes.Ok;
            }
        }

        if (GraphContentSource.Content(arguments, output, "Nothing was written to Neo4j: fix the problems above and run import again.") is not { } content)
            return ExitCodes.Failed;

        output.WriteLine($"importing into {client.Describe()}: {batches.EntityBatch:N0} entities / {batches.RelationBatch:N0} relations per transaction");
        try
        {
            var result = await new Neo4jImporter(client).ImportAsync(content, batches, line => output.WriteLine("  " + line));
            output.WriteLine(result);
            return ExitCodes.Ok;
        }
        catch (ImportFailedException e) when (e.InnerException is GraphStoreUnavailableException or Neo4jQueryException or Neo4jResponseException)
        {
            output.WriteLine($"import failed: {e.Message}");
            output.WriteLine(e.Changes);
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> SchemaOnlyAsync(Neo4jHttpClient client, TextWriter output)
    {
        try
        {
            await new Neo4jImporter(client).SchemaAsync(line => output.WriteLine("  " + line));
            return ExitCodes.Ok;
        }
        catch (ImportFailedException e) when (e.InnerException is GraphStoreUnavailableException or Neo4jQueryException or Neo4jResponseException)
        {
            output.WriteLine($"import failed: {e.Message}");
            output.WriteLine(e.Changes);
            return ExitCodes.Failed;
        }
    }

    private static int? Positive(CliArguments arguments, string option) => arguments[option] is { } text
        ? int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new UsageException($"{option} must be a positive whole number, got \"{text}\"")
        : null;

    private static int DryRunImport(CliArguments arguments, ImportOptions batches, TextWriter output)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        if (GraphContentSource.Content(arguments, output, "Nothing was built.") is not { } content)
            return ExitCodes.Failed;
        var loaded = started.Elapsed;
        const int MiB = 1024 * 1024;
        var heapLoaded = GC.GetTotalMemory(forceFullCollection: true) / MiB;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var peakLoaded = process.PeakWorkingSet64 / MiB;
        var result = Neo4jImporter.DryRun(content, batches, line => output.WriteLine("  " + line));
        var built = started.Elapsed - loaded;
        process.Refresh();
        output.WriteLine(result);
        // The graph loaded whole is the input (records, or a snapshot's columns); what the batches add is the difference.
        output.WriteLine(System.FormattableString.Invariant(
            $"load and validate {loaded.TotalSeconds:F1} s (managed heap {heapLoaded} MiB, peak working set {peakLoaded} MiB); batches built and serialised in {built.TotalSeconds:F1} s; peak working set {process.PeakWorkingSet64 / MiB} MiB, managed heap after {GC.GetTotalMemory(forceFullCollection: true) / MiB} MiB"));
        return ExitCodes.Ok;
    }

    /// <summary>How many entities Neo4j holds; null (after saying why) when it cannot tell.</summary>
    private static async Task<int?> StoredEntitiesAsync(Neo4jHttpClient client, TextWriter output)
    {
        try
        {
            return (await new Neo4jGraphStore(client).GetStatusAsync()).Entities;
        }
        catch (Exception e) when (e is GraphStoreUnavailableException or Neo4jQueryException or Neo4jResponseException)
        {
            output.WriteLine($"import failed: {e.Message}");
            return null;
        }
    }

    /// <summary>Reads a password from the terminal without echoing it; null when no terminal is attached.</summary>
    private static string? PromptWithoutEcho()
    {
        if (Console.IsInputRedirected || Console.IsErrorRedirected) return null;
        Console.Error.Write("Neo4j password: ");
        var password = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }

    private Neo4jOptions ConnectionOptions(CliArguments arguments) =>
        Neo4jConnectionOptions.Resolve(arguments, environment, promptPassword);
}
