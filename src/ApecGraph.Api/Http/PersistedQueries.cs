using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.Caching.Memory;

namespace ApecGraph.Api.Http;

/// <summary>
/// Automatic persisted queries as Apollo clients send them: <c>extensions.persistedQuery = { version: 1, sha256Hash }</c>.
/// A request with the hash alone is answered from the query registered under it, or <c>PERSISTED_QUERY_NOT_FOUND</c>
/// (the client then sends query and hash together, which registers it); a hash that is not the query's SHA-256 is
/// refused. Registered queries are kept in a bounded in-process cache (16 MiB of query text, least used go first).
/// </summary>
public sealed class PersistedQueries : IDisposable
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND", HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    private const long MaxTextBytes = 16 * 1024 * 1024;

    private readonly MemoryCache queries = new(new MemoryCacheOptions { SizeLimit = MaxTextBytes });

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

    public bool TryGet(string hash, out string? query) => queries.TryGetValue(hash, out query);

    /// <summary>Registers <paramref name="query"/> under <paramref name="hash"/>; false when the hash is not the query's.</summary>
    public bool TryRegister(string hash, string query)
    {
        if (!string.Equals(hash, Sha256(query), StringComparison.Ordinal)) return false;
        queries.Set(hash, query, new MemoryCacheEntryOptions { Size = Encoding.UTF8.GetByteCount(query), SlidingExpiration = TimeSpan.FromDays(1) });
        return true;
    }

    public static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public void Dispose() => queries.Dispose();
}
