using System.Text.RegularExpressions;

namespace ApecGraph.Api.Documents;

/// <summary>What a document page accepts as an id: the graph's id shape (<c>kind:slug</c>, lower case), bounded.</summary>
internal static partial class DocumentIds
{
    public const int MaxLength = 200;

    public static bool IsWellFormed(string? id) => id is { Length: > 0 and <= MaxLength } && Shape().IsMatch(id);

    /// <summary>The id as an error page repeats it: at most 80 characters.</summary>
    public static string Shown(string? id) => id is null ? "" : id.Length <= 80 ? id : id[..80] + "…";

    [GeneratedRegex("^[a-z]+:[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex Shape();
}
