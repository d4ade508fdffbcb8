using ApecGraph.Cli;

namespace ApecGraph.Core.Tests.Support;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
