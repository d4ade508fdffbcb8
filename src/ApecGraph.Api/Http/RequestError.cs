namespace ApecGraph.Api.Http;

/// <summary>A request the endpoint refuses before GraphQL runs: HTTP status, error code, message.</summary>
public sealed record RequestError(int Status, string Code, string Message)
{
    public static RequestError BadJson(string detail) => new(400, "INVALID_JSON", $"The request body is not valid JSON: {detail}");
    public static RequestError BadRequest(string message) => new(400, "INVALID_REQUEST", message);
    public static RequestError Missing() => new(400, "QUERY_MISSING", "The request has no 'query': send a GraphQL document in 'query'.");

    public IResult ToResult(string mediaType, params (string Header, string Value)[] headers) =>
        new ErrorResult(this, mediaType, headers);

    private sealed class ErrorResult(RequestError error, string mediaType, (string Header, string Value)[] headers) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            foreach (var (header, value) in headers) context.Response.Headers[header] = value;
            context.Response.StatusCode = error.Status;
            context.Response.ContentType = mediaType + "; charset=utf-8";
            var body = new { errors = new[] { new { message = error.Message, extensions = new { code = error.Code, requestId = context.TraceIdentifier } } } };
            return context.Response.WriteAsJsonAsync(body, body.GetType(), options: null, contentType: context.Response.ContentType);
        }
    }
}
