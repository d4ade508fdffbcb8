using GraphQL;

namespace ApecGraph.Api.Http;

/// <summary>Keeps an answer's error list bounded.</summary>
public static class ResponseErrors
{
    public const string TooManyErrors = "TOO_MANY_ERRORS";

    /// <summary>Keeps the first <paramref name="max"/> errors and replaces the rest by one that says how many were left out.</summary>
    public static void Cap(ExecutionResult result, int max)
    {
        if (result.Errors is not { } errors || errors.Count <= max) return;
        var left = errors.Count - max;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(max)) kept.Add(error);
        kept.Add(new ExecutionError($"{left} more errors were left out; fix these first.")
        {
            Code = TooManyErrors,
            Extensions = new() { ["omitted"] = left },
        });
        result.Errors = kept;
    }
}
