using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ApecGraph.Api.GraphQL.Arguments;
using ApecGraph.Core.Store;

namespace ApecGraph.Api.GraphQL.Lists;

/// <summary>Opaque page cursors, base64url-encoded behind a version tag: under the default order (id ascending) the id
/// of the last entity seen (<c>v1:</c>); under another order that order, the entity's sort key and its id (<c>v2:</c>),
/// so that a cursor is only ever used with the order it was made for.</summary>
public static class Cursor
{
    private const string Prefix = "v1:", OrderedPrefix = "v2:";

    /// <summary>Where a page starts: after the entity with this sort key (null for one without) and id.</summary>
    public sealed record Position(string? Key, string Id);

    private static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + id));

    /// <summary>The cursor of <paramref name="entity"/> in a list in <paramref name="order"/>.</summary>
    public static string Encode(Core.Model.Entity entity, EntityOrder order) => order == EntityOrder.ById
        ? Encode(entity.Id)
        : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(OrderedPrefix + JsonSerializer.Serialize<string?[]>([Tag(order), order.KeyOf(entity), entity.Id])));

    /// <summary>The position in <paramref name="cursor"/>: INVALID_CURSOR when this API did not make it, INVALID_ARGUMENT
    /// when it was made for another order than <paramref name="order"/>.</summary>
    public static Position? Decode(string? cursor, EntityOrder order)
    {
        if (cursor is null) return null;
        var text = Text(cursor);
        if (text?.StartsWith(Prefix, StringComparison.Ordinal) == true && text.Length > Prefix.Length)
            return order == EntityOrder.ById ? new Position(null, text[Prefix.Length..]) : throw OtherOrder(Tag(EntityOrder.ById), order);
        if (text?.StartsWith(OrderedPrefix, StringComparison.Ordinal) == true && Parts(text[OrderedPrefix.Length..]) is [{ } tag, var key, { } id])
            return tag == Tag(order) ? new Position(key, id) : throw OtherOrder(tag, order);
        throw new ApiError(ApiError.InvalidCursor, $"'after' is not a cursor this API gave out: '{cursor}'.");
    }

    private static string Tag(EntityOrder order) => $"{order.Sort.ToString().ToUpperInvariant()} {(order.Descending ? "DESC" : "ASC")}";

    private static ApiError OtherOrder(string tag, EntityOrder order) =>
        new(ApiError.InvalidArgument, $"'after' is a cursor of a list ordered by {tag}, not by {Tag(order)}: page with the order the cursor was made for, or start again without 'after'.");

    private static string? Text(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null; // reported by the caller, as any other malformed cursor
        }
    }

    private static string?[]? Parts(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string?[]>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
