namespace ApecGraph.Cli;

/// <summary>One CLI command, e.g. <c>validate</c>.</summary>
public interface ICommand
{
    string Name { get; }
    string Summary { get; }
    /// <summary>Full usage text, printed for <c>--help</c> and after a usage error.</summary>
    string Usage { get; }
    /// <summary>Option names the command accepts (each takes a value), e.g. <c>--graph</c>.</summary>
    IReadOnlyCollection<string> Options { get; }
    /// <summary>Flags the command accepts (no value), e.g. <c>--if-empty</c>.</summary>
    IReadOnlyCollection<string> Flags => [];

    /// <summary>Runs the command; throws <see cref="UsageException"/> for bad arguments; returns the exit code.</summary>
    int Run(CliArguments arguments, TextWriter output);
}

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command ran and found problems (e.g. an invalid graph).</summary>
    public const int Failed = 1;
    public const int Usage = 2;
}

/// <summary>Bad command-line arguments; the message is shown with the command's usage.</summary>
public sealed class UsageException(string message) : Exception(message);
