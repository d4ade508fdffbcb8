using Microsoft.Extensions.Options;

namespace ApecGraph.Api.Startup;

public static class SettingsProblems
{
    /// <summary>Refuses to start, naming each bad setting (as <paramref name="problems"/> words it), when an options class
    /// has problems; <c>Validate(predicate, message)</c> would give one fixed message.</summary>
    public static OptionsBuilder<T> ValidateProblems<T>(this OptionsBuilder<T> options, Func<T, IReadOnlyList<string>> problems)
        where T : class
    {
        options.Services.AddSingleton<IValidateOptions<T>>(new Validator<T>(problems));
        return options.ValidateOnStart();
    }

    private sealed class Validator<T>(Func<T, IReadOnlyList<string>> problems) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            problems(options) is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
    }
}
