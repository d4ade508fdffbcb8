using ApecGraph.Cli;
using ApecGraph.Core.Tests.Generation;

namespace ApecGraph.Core.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string root = GeneratedGraph.NewRoot();

    public void Dispose() => GeneratedGraph.Delete(root);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Generate_then_validate_says_the_graph_is_valid()
    {
        var (exit, output, _) = Run("generate", "--entities", "500", "--seed", "9", "--out", root);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("generated 500 entities, ", output, StringComparison.Ordinal);

        var (validExit, report, _) = Run("validate", "--graph", Path.Combine(root, "graph-seeds"));
        Assert.Equal(ExitCodes.Ok, validExit);
        Assert.StartsWith("graph-seeds OK: 500 entities, ", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ENTITIES_OUT_OF_RANGE", "--entities", "5", "--out", "/tmp/apecgraph-unused")]
    [InlineData("must be a whole number", "--entities", "ten", "--out", "/tmp/apecgraph-unused")]
    [InlineData("must be an integer", "--entities", "500", "--seed", "x", "--out", "/tmp/apecgraph-unused")]
    [InlineData("--out is required", "--entities", "500")]
    [InlineData("--entities is required", "--out", "/tmp/apecgraph-unused")]
    public void Bad_arguments_exit_2_with_what_is_wrong(string expected, params string[] args)
    {
        var (exit, output, error) = Run(["generate", .. args]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("usage: ApecGraph.Cli generate", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/tmp/apecgraph-unused"));
    }
}
