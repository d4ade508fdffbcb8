using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace ApecGraph.Api.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body, or says what is wrong with it.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public const int MaxBodyBytes = 256 * 1024;

    public (GraphQLRequest? Request, RequestError? Error) FromQueryString(HttpRequest http)
    {
        if (http.QueryString.Value?.Length > MaxBodyBytes)
            return (null, new RequestError(414, "REQUEST_TOO_LARGE", $"The query string is over {MaxBodyBytes} bytes: POST long documents."));
        var query = http.Query;
        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault(),
                Variables = Parse(query["variables"].FirstOrDefault(), "variables"),
                Extensions = Parse(query["extensions"].FirstOrDefault(), "extensions"),
            }, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: text System.Text.Json cannot read as a string (a lone surrogate escape, \udc00).
            return (null, RequestError.BadJson(e.Message));
        }
    }

    public async Task<(GraphQLRequest? Request, RequestError? Error)> FromBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return (null, new RequestError(413, "REQUEST_TOO_LARGE", $"The request body is over {MaxBodyBytes} bytes."));
        // A pooled buffer the size the client announced (or 4 KiB, grown as needed), so that a request allocates none.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? 4096, 1, MaxBodyBytes));
        try
        {
            var length = 0;
            try
            {
                // Bounded whether or not the client sent a Content-Length (a chunked body has none).
                int read;
                do
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        (buffer, larger) = (larger, buffer);
                        ArrayPool<byte>.Shared.Return(larger);
                    }
                    read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                    length += read;
                } while (read > 0 && length <= MaxBodyBytes);
            }
            catch (BadHttpRequestException e)
            {
                // Kestrel's own refusals while reading: a body too slow (408), a lying Content-Length.
                return (null, new RequestError(e.StatusCode, "INVALID_REQUEST", $"The request body could not be read: {e.Message}"));
            }
            catch (IOException e) when (!cancellationToken.IsCancellationRequested)
            {
                // Broken chunk framing ("Bad chunk size data").
                return (null, new RequestError(400, "INVALID_REQUEST", $"The request body could not be read: {e.Message}"));
            }
            if (length > MaxBodyBytes)
                return (null, new RequestError(413, "REQUEST_TOO_LARGE", $"The request body is over {MaxBodyBytes} bytes."));
            // Parsed once: the shape is checked on the document, then the request is read from it.
            using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
            if (Shape(json.RootElement) is { } problem) return (null, RequestError.BadRequest(problem));
            return (serializer.ReadNode<GraphQLRequest>(json.RootElement), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // InvalidOperationException: text System.Text.Json cannot read as a string (a lone surrogate escape, \udc00);
            // ArgumentException: bytes that are not UTF-8.
            return (null, RequestError.BadJson(e.Message));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Inputs? Parse(string? json, string name) =>
        string.IsNullOrEmpty(json) ? null
        : JsonDocument.Parse(json).RootElement.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(json)
        : throw new JsonException($"'{name}' must be a JSON object.");

    private static readonly (string Name, JsonValueKind Kind)[] Members =
        [("query", JsonValueKind.String), ("operationName", JsonValueKind.String), ("variables", JsonValueKind.Object), ("extensions", JsonValueKind.Object)];

    private static string? Shape(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array) return "Batched requests (a JSON array) are not supported: send one request object.";
        if (root.ValueKind != JsonValueKind.Object) return "The request body must be a JSON object with a 'query' string.";
        foreach (var (name, kind) in Members)
            if (root.TryGetProperty(name, out var value) && value.ValueKind != kind && value.ValueKind != JsonValueKind.Null)
                return $"'{name}' must be a JSON {(kind == JsonValueKind.String ? "string" : "object")}; got {value.ValueKind.ToString().ToLowerInvariant()}.";
        return null;
    }
}
