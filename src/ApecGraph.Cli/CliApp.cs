namespace ApecGraph.Cli;

/// <summary>Dispatches <c>ApecGraph.Cli &lt;command&gt; [options]</c> to a command. Add a command by listing it in <see cref="Commands"/>.</summary>
public static class CliApp
{
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new ValidateCommand(),
        new ImportCommand(),
        new ExportCommand(),
        new CompileCommand(),
        new GenerateCommand(),
    ];

    /// <summary>Runs the CLI in-process; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0)
        {
            error.WriteLine(Usage());
            return ExitCodes.Usage;
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine(Usage());
            return ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"unknown command \"{args[0]}\"");
            error.WriteLine(Usage());
            return ExitCodes.Usage;
        }
        var rest = args.Skip(1).ToList();
        if (rest.Any(arg => arg is "--help" or "-h"))
        {
            output.WriteLine(command.Usage);
            return ExitCodes.Ok;
        }
        try
        {
            return command.Run(CliArguments.Parse(rest, command.Options, command.Flags), output);
        }
        catch (UsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(command.Usage);
            return ExitCodes.Usage;
        }
    }

    public static string Usage() =>
        "usage: ApecGraph.Cli <command> [options]\n\ncommands:\n"
        + string.Join("\n", Commands.Select(c => $"  {c.Name,-10} {c.Summary}"))
        + "\n\nApecGraph.Cli <command> --help shows a command's options.";
}
