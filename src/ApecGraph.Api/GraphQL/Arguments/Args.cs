using ApecGraph.Api.GraphQL.Entities;
namespace ApecGraph.Api.GraphQL.Arguments;

/// <summary>Checks on argument values that the schema's types cannot express.</summary>
public static class Args
{
    public static int InRange(int value, string name, int min, int max) =>
        value >= min && value <= max
            ? value
            : throw new ApiError(ApiError.InvalidArgument, $"'{name}' must be between {min} and {max}; got {value}.");

    public static string NotBlank(string? value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ApiError(ApiError.InvalidArgument, $"'{name}' must not be empty.");
        if (value.Length > maxLength)
            throw new ApiError(ApiError.InvalidArgument, $"'{name}' must be at most {maxLength} characters; got {value.Length}.");
        return value.Trim();
    }
}
