using System.Security.Cryptography;
using System.Text;
using ApecGraph.Api.Caching;
using GraphQL;
using ZiggyCreatures.Caching.Fusion;

namespace ApecGraph.Api.Http;

/// <summary>
/// Automatic persisted queries as Apollo clients send them: <c>extensions.persistedQuery = { version: 1, sha256Hash }</c>.
/// A request with the hash alone is answered from the query registered under it, or <c>PERSISTED_QUERY_NOT_FOUND</c>
/// (the client then sends query and hash together, which registers it); a hash that is not the query's SHA-256 is
/// refused. Registered queries are kept in the response cache's store (<see cref="ResponseCache"/>): bounded in
/// process and, with Redis, shared by every instance, so that a dashboard can GET by hash from any of them.
/// </summary>
public sealed class PersistedQueries(IFusionCache cache, ResponseCache answers)
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND", HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The hash a request names, or null when it names none; an error when its persistedQuery is malformed.</summary>
    public static (string? Hash, RequestError? Error) HashOf(Inputs? extensions)
    {
        if (extensions?.TryGetValue("persistedQuery", out var value) != true) return (null, null);
        if (value is not IDictionary<string, object?> persisted
            || !persisted.TryGetValue("sha256Hash", out var hash) || hash is not string text || text.Length != 64 || !text.All(char.IsAsciiHexDigit)
            || !persisted.TryGetValue("version", out var version) || version is not (1 or 1L or 1m or 1.0))
            return (null, RequestError.BadRequest("extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }."));
        return (text.ToLowerInvariant(), null);
    }

    /// <summary>The query registered under <paramref name="hash"/>, or null.</summary>
    public async ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        var found = await cache.TryGetAsync<string>(Key(hash), answers.EntryOptions(TimeSpan.Zero), cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>True when <paramref name="hash"/> is the SHA-256 of <paramref name="query"/>.</summary>
    public static bool Matches(string hash, string query) => string.Equals(hash, Sha256(query), StringComparison.Ordinal);

    /// <summary>Registers <paramref name="query"/> under <paramref name="hash"/>, which <see cref="Matches"/> it.</summary>
    public async ValueTask RegisterAsync(string hash, string query, CancellationToken cancellationToken)
    {
        var options = answers.EntryOptions(answers.PersistedQueryDuration);
        options.Size = Encoding.UTF8.GetByteCount(query) + ResponseCacheOptions.EntryOverhead;
        await cache.SetAsync(Key(hash), query, options, cancellationToken);
    }

    public static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static string Key(string hash) => "query:" + hash;
}
