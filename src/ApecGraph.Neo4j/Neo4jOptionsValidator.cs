using Microsoft.Extensions.Options;

namespace ApecGraph.Neo4j;

/// <summary>Checks <see cref="Neo4jOptions"/> at start (with <c>ValidateOnStart</c>), so bad settings stop the app before it serves.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
