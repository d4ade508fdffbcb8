using ApecGraph.Cli;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Cli;

public sealed class ValidateCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void A_valid_folder_exits_0_with_the_summary()
    {
        using var graph = TempGraph.WithValidBase();

        var (exit, output, _) = Run("validate", "--graph", graph.GraphSeeds, "--sources", graph.Seeds);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("graph-seeds OK: 3 entities, 3 relations (2 derived mentions), 1 document" + Environment.NewLine, output);
    }

    [Fact]
    public void A_broken_folder_exits_1_and_prints_every_problem()
    {
        using var graph = TempGraph.WithValidBase()
            .Write("x.yaml", "entities:\n  - id: economy:malaysia\n    kind: ECONOMY\n    name: Malaysia\n    evidence:\n      - doc: document:release\n        quote: not in the text\n")
            .Write("y.yaml", "relations:\n  - from: economy:ghost\n    type: CHAIRED\n    to: meeting:vesom\n");

        var (exit, output, _) = Run("validate", $"--graph={graph.GraphSeeds}");

        Assert.Equal(ExitCodes.Failed, exit);
        var lines = output.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(
        [
            "graph-seeds/x.yaml:2: economy:malaysia: duplicate entity id, first defined at graph-seeds/base.yaml:12",
            "graph-seeds/x.yaml:6: economy:malaysia: quote not found in release.txt: \"not in the text\"",
            "graph-seeds/y.yaml:2: economy:ghost -CHAIRED-> meeting:vesom: relation has no evidence (at least one quote is required)",
            "graph-seeds/y.yaml:2: economy:ghost -CHAIRED-> meeting:vesom: from \"economy:ghost\" does not exist",
            "4 problems in 2 files",
        ], lines);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("validate", "--bogus", "x")]
    [InlineData("validate", "--graph")]
    [InlineData("validate", "stray")]
    public void Usage_errors_exit_2_with_the_usage(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.Contains("usage: ApecGraph.Cli", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    public void Help_prints_the_usage_and_exits_0(params string[] args)
    {
        var (exit, output, _) = Run(args);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("validate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_executable_validates_the_repository_from_its_root()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ApecGraph.Cli.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [cli, "validate"])
        {
            WorkingDirectory = RepositoryPaths.Sources.DisplayRoot,
            RedirectStandardOutput = true,
        };

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output);
        Assert.StartsWith("graph-seeds OK:", output, StringComparison.Ordinal);
    }
}
