namespace ApecGraph.Cli;

/// <summary>Parsed <c>--name value</c> / <c>--name=value</c> options and value-less flags; anything else is a usage error.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> values;

    private CliArguments(Dictionary<string, string> values) => this.values = values;

    public string? this[string option] => values.GetValueOrDefault(option);

    /// <summary>Whether a value-less flag was given.</summary>
    public bool Has(string flag) => values.ContainsKey(flag);

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string>? flags = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (flags is not null && flags.Contains(args[i]))
            {
                if (!values.TryAdd(args[i], ""))
                    throw new UsageException($"{args[i]} given twice");
                continue;
            }
            var (name, value) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal)
                ? (n, (string?)v)
                : (args[i], null);
            if (!options.Contains(name))
            {
                throw new UsageException(name.StartsWith('-') ? $"unknown option {name}" : $"unexpected argument \"{name}\"");
            }
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"{name} needs a value");
                }
                value = args[++i];
            }
            if (!values.TryAdd(name, value))
            {
                throw new UsageException($"{name} given twice");
            }
        }
        return new CliArguments(values);
    }
}
