using GraphQL;

namespace ApecGraph.Api.GraphQL.Arguments;

/// <summary>An error a user can cause or meet; its code lands in <c>errors[].extensions.code</c>.</summary>
public sealed class ApiError : ExecutionError
{
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string NotFound = "NOT_FOUND";

    public ApiError(string code, string message) : base(message) => Code = code;
}
