using System.Diagnostics;
using System.Globalization;
using ApecGraph.Core.Generation;

namespace ApecGraph.Cli;

/// <summary><c>generate</c>: writes a synthetic graph (graph-seeds/ and seeds/) of a given size, for scale tests.</summary>
public sealed class GenerateCommand : ICommand
{
    private const string Entities = "--entities";
    private const string Seed = "--seed";
    private const string Out = "--out";

    public string Name => "generate";
    public string Summary => "write a synthetic, valid graph of N entities (graph-seeds/ + seeds/) for scale tests";
    public IReadOnlyCollection<string> Options { get; } = [Entities, Seed, Out];

    public string Usage =>
        "usage: ApecGraph.Cli generate --entities <N> [--seed <S>] --out <dir>\n\n"
        + "Writes <dir>/graph-seeds/*.yaml and <dir>/seeds/*.txt: economies, organisations, meetings with sessions,\n"
        + "officials, proposals, resolutions, topics and documents, every fact quoted from a generated source text.\n"
        + "The same N and S give byte-identical files. <dir>/graph-seeds and <dir>/seeds must be absent or empty.\n\n"
        + $"  --entities <N>    how many entities ({GraphGenerator.MinEntities} to {GraphGenerator.MaxEntities})\n"
        + "  --seed <S>        any integer (default 1)\n"
        + "  --out <dir>       the folder to write into";

    public int Run(CliArguments arguments, TextWriter output)
    {
        var entities = ParseInt(arguments[Entities] ?? throw new UsageException($"{Entities} is required"), Entities);
        var seed = arguments[Seed] is { } s ? ParseLong(s, Seed) : 1;
        var outDirectory = arguments[Out] ?? throw new UsageException($"{Out} is required");
        var clock = Stopwatch.StartNew();
        GenerationSummary summary;
        try
        {
            summary = GraphGenerator.Generate(entities, seed, outDirectory);
        }
        catch (GeneratorException ex)
        {
            throw new UsageException($"{ex.Code}: {ex.Message}");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {summary.Entities} entities, {summary.Relations} relations, {summary.Documents} documents in {summary.YamlFiles} YAML files under {Path.GetFullPath(outDirectory)} ({clock.Elapsed.TotalSeconds:F1} s)"));
        return ExitCodes.Ok;
    }

    private static int ParseInt(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{option} must be a whole number, not \"{text}\"");

    private static long ParseLong(string text, string option) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{option} must be an integer, not \"{text}\"");
}
