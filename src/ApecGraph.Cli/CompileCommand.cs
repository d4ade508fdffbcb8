using System.Diagnostics;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Snapshot;

namespace ApecGraph.Cli;

/// <summary><c>compile</c>: validates graph-seeds/ like <c>validate</c> and, only when it is valid, writes the graph as a
/// binary snapshot that the API loads in seconds (<c>GraphStore__Snapshot</c>) instead of reading and checking the YAML.</summary>
public sealed class CompileCommand : ICommand
{
    private const string Out = "--out";

    public string Name => "compile";
    public string Summary => "validate graph-seeds/ and write it as a snapshot the API loads fast";
    public IReadOnlyCollection<string> Options { get; } = [GraphSourceOptions.Graph, GraphSourceOptions.Sources, Out];

    public string Usage =>
        "usage: ApecGraph.Cli compile [--graph <graph-seeds dir>] [--sources <seeds dir>] --out <file>\n\n"
        + "Validates graph-seeds/ first: every problem is printed (file:line: subject: message), nothing is written and the\n"
        + "exit code is 1 when there is any. Otherwise writes the whole graph, its version and the document texts to <file>\n"
        + $"(snapshot format version {GraphSnapshot.FormatVersion}); start the API on it with GraphStore__Snapshot=<file>.\n\n"
        + GraphSourceOptions.Usage + "\n"
        + "  --out <file>      the snapshot to write (replaced only once the new one is complete)";

    public int Run(CliArguments arguments, TextWriter output)
    {
        var path = arguments[Out] ?? throw new UsageException($"{Out} <file> is required");
        var clock = Stopwatch.StartNew();
        var result = GraphLoader.Load(GraphSourceOptions.Resolve(arguments));
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem);
        }
        output.WriteLine(ValidateCommand.ReportSummary(result));
        if (!result.IsValid)
        {
            output.WriteLine("Nothing was written: fix the problems above and run compile again.");
            return ExitCodes.Failed;
        }
        var validated = clock.Elapsed;
        GraphSnapshot.Write(result.Graph!, path);
        output.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes): loaded and validated in {validated.TotalSeconds:F1} s, "
            + $"written in {(clock.Elapsed - validated).TotalSeconds:F1} s");
        return ExitCodes.Ok;
    }
}
