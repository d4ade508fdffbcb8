using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;

namespace ApecGraph.Cli;

/// <summary><c>validate</c>: loads graph-seeds/, prints every problem, exits 1 when there is any.</summary>
public sealed class ValidateCommand : ICommand
{
    public string Name => "validate";
    public string Summary => "check graph-seeds/ against the vocabulary and the source texts";
    public IReadOnlyCollection<string> Options { get; } = [GraphSourceOptions.Graph, GraphSourceOptions.Sources];

    public string Usage =>
        "usage: ApecGraph.Cli validate [--graph <graph-seeds dir>] [--sources <seeds dir>]\n\n"
        + "Prints one line per problem (file:line: subject: message) and exits 1 when there is any, 0 when the graph is valid.\n\n"
        + GraphSourceOptions.Usage;

    public int Run(CliArguments arguments, TextWriter output)
    {
        var sources = GraphSourceOptions.Resolve(arguments);
        var result = GraphLoader.Load(sources);
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem);
        }
        output.WriteLine(ReportSummary(result));
        return result.IsValid ? ExitCodes.Ok : ExitCodes.Failed;
    }

    public static string ReportSummary(LoadResult result)
    {
        if (result.Graph is not { } graph)
        {
            var files = result.Problems.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();
            return $"{Count(result.Problems.Count, "problem")} in {Count(files, "file")}";
        }
        var mentions = graph.Relations.Count(r => r.Type == Vocabulary.Mentions);
        var documents = graph.Entities.Count(e => e.Kind == EntityKind.Document);
        return $"graph-seeds OK: {Count(graph.Entities.Count, "entity", "entities")}, {Count(graph.Relations.Count, "relation")} "
            + $"({mentions} derived mentions), {Count(documents, "document")}";
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
