using ApecGraph.Core.Loading;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j;
using ApecGraph.Neo4j.Http;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Cli;

/// <summary>
/// <c>import</c>: validates graph-seeds/ and, only when it is valid, writes it into Neo4j in one transaction (see
/// <see cref="Neo4jImporter"/>). Connection options fall back to the API's environment variables (<c>Neo4j__Uri</c>, ...).
/// </summary>
public sealed class ImportCommand(Func<string, string?>? environment = null) : ICommand
{
    private const string Uri = "--uri", Database = "--database", User = "--user", Password = "--password", BatchSize = "--batch-size",
        IfEmpty = "--if-empty";
    private readonly Func<string, string?> environment = environment ?? Environment.GetEnvironmentVariable;

    public string Name => "import";
    public string Summary => "validate graph-seeds/ and write it into Neo4j (all or nothing)";
    public IReadOnlyCollection<string> Options { get; } =
        [GraphSourceOptions.Graph, GraphSourceOptions.Sources, Uri, Database, User, Password, BatchSize];
    public IReadOnlyCollection<string> Flags { get; } = [IfEmpty];

    public string Usage =>
        "usage: ApecGraph.Cli import [--graph <dir>] [--sources <dir>] [--uri <http uri>] [--database <name>] [--user <name>] [--password <pw>] [--if-empty]\n\n"
        + "Validates graph-seeds/ first and writes nothing when it has problems (exit 1). Otherwise MERGEs every entity and\n"
        + "relation on its id and removes what graph-seeds/ no longer has, all in ONE Neo4j transaction: a failure before the\n"
        + "commit leaves Neo4j as it was. Running it again is safe and gives the same result.\n\n"
        + GraphSourceOptions.Usage + "\n"
        + "  --uri <uri>       Neo4j's HTTP address (default: env Neo4j__Uri, else http://localhost:7474)\n"
        + "  --database <name> (default: env Neo4j__Database, else neo4j)\n"
        + "  --user <name>     basic-auth user (default: env Neo4j__User; none when auth is off)\n"
        + "  --password <pw>   (default: env Neo4j__Password)\n"
        + $"  --batch-size <n>  rows per statement (default {Neo4jImporter.DefaultBatchSize})\n"
        + "  --if-empty        do nothing when Neo4j already holds entities (a container's first start)";

    public int Run(CliArguments arguments, TextWriter output) => RunAsync(arguments, output).GetAwaiter().GetResult();

    private async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        var options = ConnectionOptions(arguments);
        var batchSize = arguments[BatchSize] is { } text
            ? int.TryParse(text, out var n) && n > 0 ? n : throw new UsageException($"{BatchSize} must be a positive whole number")
            : Neo4jImporter.DefaultBatchSize;

        var client = Neo4jHttpClient.Create(options);
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

        var sources = GraphSourceOptions.Resolve(arguments);
        var load = GraphLoader.Load(sources);
        if (!load.IsValid)
        {
            foreach (var problem in load.Problems)
                output.WriteLine(problem);
            output.WriteLine(ValidateCommand.ReportSummary(load));
            output.WriteLine("Nothing was written to Neo4j: fix the problems above and run import again.");
            return ExitCodes.Failed;
        }
        output.WriteLine(ValidateCommand.ReportSummary(load));

        output.WriteLine($"importing into {client.Describe()} in one transaction");
        try
        {
            var result = await new Neo4jImporter(client).ImportAsync(load.Graph!, line => output.WriteLine("  " + line), batchSize);
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

    private Neo4jOptions ConnectionOptions(CliArguments arguments)
    {
        var uriText = arguments[Uri] ?? environment("Neo4j__Uri") ?? "http://localhost:7474";
        if (!System.Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
            throw new UsageException($"{Uri} '{uriText}' is not an absolute URI");
        var options = new Neo4jOptions
        {
            Uri = uri,
            Database = arguments[Database] ?? environment("Neo4j__Database") ?? "neo4j",
            User = arguments[User] ?? environment("Neo4j__User"),
            Password = arguments[Password] ?? environment("Neo4j__Password"),
        };
        if (options.Problems() is { Count: > 0 } problems)
            throw new UsageException(string.Join("\n", problems));
        return options;
    }
}
