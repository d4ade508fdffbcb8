using System.Buffers.Text;
using System.Text;
using ApecGraph.Api.GraphQL.Arguments;

namespace ApecGraph.Api.GraphQL.Lists;

/// <summary>Opaque page cursors: the id of the last entity seen, base64url-encoded behind a version tag.</summary>
public static class Cursor
{
    private const string Prefix = "v1:";

    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + id));

    public static string? Decode(string? cursor)
    {
        if (cursor is null) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length)
                return text[Prefix.Length..];
        }
        catch (FormatException)
        {
            // reported below, as any other malformed cursor
        }
        throw new ApiError(ApiError.InvalidCursor, $"'after' is not a cursor this API gave out: '{cursor}'.");
    }
}
