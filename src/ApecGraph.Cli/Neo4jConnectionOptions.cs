using ApecGraph.Neo4j;

namespace ApecGraph.Cli;

/// <summary>The Neo4j connection options <c>import</c> and <c>export</c> share (<c>--uri</c>, <c>--database</c>,
/// <c>--user</c>; the password never from the command line: see <see cref="ImportCommand"/>).</summary>
public static class Neo4jConnectionOptions
{
    public const string Uri = "--uri", Database = "--database", User = "--user", Password = "--password";

    /// <summary>The options as given, falling back to the API's environment variables (<c>Neo4j__Uri</c>, ...).</summary>
    public static Neo4jOptions Resolve(CliArguments arguments, Func<string, string?> environment, Func<string?> promptPassword)
    {
        var uriText = arguments[Uri] ?? environment("Neo4j__Uri") ?? "http://localhost:7474";
        if (!System.Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
            throw new UsageException($"{Uri} '{uriText}' is not an absolute URI");
        var options = new Neo4jOptions
        {
            Uri = uri,
            Database = arguments[Database] ?? environment("Neo4j__Database") ?? "neo4j",
            User = arguments[User] ?? environment("Neo4j__User"),
        };
        if (arguments[Password] is not null)
            throw new UsageException(ImportCommand.PasswordRefused);
        options.Password = environment(ImportCommand.PasswordVariable) ?? environment(ImportCommand.ApiPasswordVariable)
            ?? (options.User is not null ? promptPassword() : null);
        if (options.Problems() is { Count: > 0 } problems)
            throw new UsageException(string.Join("\n", problems));
        return options;
    }
}
