using StackExchange.Redis;

// Plain Kestrel for bench/cache.sh: POST /graphql answers, from memory, the bytes the API answered to the same
// request (PLAIN_BODY) with the headers it sent (PLAIN_HEADERS, curl -D output). No parsing, no execution: the limit
// of this machine for that answer. Date and Server are Kestrel's own; the framing is always Content-Length (the
// cheapest for Kestrel), whatever the API used, so the ratio never flatters the API.
var body = await File.ReadAllBytesAsync(Environment.GetEnvironmentVariable("PLAIN_BODY") ?? "body.bin");
var skip = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Date", "Server", "Content-Length", "Transfer-Encoding" };
var headers = new List<KeyValuePair<string, string>>();
if (Environment.GetEnvironmentVariable("PLAIN_HEADERS") is { Length: > 0 } headerFile)
{
    foreach (var line in await File.ReadAllLinesAsync(headerFile))
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || line.StartsWith("HTTP/", StringComparison.Ordinal)) continue;
        var name = line[..colon].Trim();
        if (!skip.Contains(name)) headers.Add(new(name, line[(colon + 1)..].Trim()));
    }
}

// PLAIN_REDIS (host:port) and PLAIN_REDIS_KEY: the bytes are read from Redis for every request (one GET, as
// StackExchange.Redis sends it) instead of from memory: the limit of this machine for an answer held only by Redis.
var redisKey = Environment.GetEnvironmentVariable("PLAIN_REDIS_KEY");
var redis = Environment.GetEnvironmentVariable("PLAIN_REDIS") is { Length: > 0 } redisServer
    ? (await ConnectionMultiplexer.ConnectAsync(redisServer)).GetDatabase()
    : null;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/graphql", async (HttpContext context) =>
{
    await context.Request.Body.CopyToAsync(Stream.Null);
    var answer = body;
    if (redis is not null && (byte[]?)await redis.StringGetAsync(redisKey) is { } held) answer = held;
    var response = context.Response;
    foreach (var (name, value) in headers) response.Headers[name] = value;
    response.ContentLength = answer.Length;
    await response.Body.WriteAsync(answer);
});
app.MapGet("/health", () => "ok");
app.Run();
