using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ApecGraph.HostileCorpus;

/// <summary>What the server must never do to a hostile request, judged from one response.</summary>
public static partial class ResponseCheck
{
    /// <summary>Problem names, as the test and the report use them.</summary>
    public const string ServerError = "5xx", Internal = "INTERNAL_SERVER_ERROR", NoCode = "error without extensions.code",
        NotJson = "error body not GraphQL JSON", StackTrace = "stack trace or exception name in body";

    /// <summary>The problems of a response (empty when it is fine). <paramref name="body"/> may be a prefix of a longer body
    /// (<paramref name="truncated"/>); then only what a prefix shows is checked.</summary>
    public static IReadOnlyList<string> Problems(HostileRequest request, int status, string? contentType, byte[] body, bool truncated = false)
    {
        var problems = new List<string>();
        if (status >= 500) problems.Add(ServerError);
        var text = Encoding.UTF8.GetString(body);
        if (text.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal)) problems.Add(Internal);
        if (StackFrame().IsMatch(text)) problems.Add(StackTrace);
        var isPage = status == 200 && contentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        if (truncated || isPage || request.Method == "HEAD") return problems;
        var isError = status >= 400;
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(body);
            root = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            if (isError || status == 200) problems.Add(NotJson);
            return problems;
        }
        var hasErrors = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array;
        if (isError && (!hasErrors || root.GetProperty("errors").GetArrayLength() == 0)) { problems.Add(NotJson); return problems; }
        if (hasErrors && root.GetProperty("errors").EnumerateArray().Any(e => !HasCode(e))) problems.Add(NoCode);
        return problems;
    }

    private static bool HasCode(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty("extensions", out var ext) && ext.ValueKind == JsonValueKind.Object
        && ext.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString()!.Length > 0;

    // "   at Namespace.Type.Method(" frames, or a .NET exception type name ("System.InvalidOperationException", "Exception:").
    [GeneratedRegex(@"\s{2,}at [\w.<>`+]+\(|\b[A-Z]\w*\.\w*Exception\b|\bException:")]
    private static partial Regex StackFrame();
}
