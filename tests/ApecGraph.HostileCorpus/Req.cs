using System.Text;
using System.Text.Json;

namespace ApecGraph.HostileCorpus;

/// <summary>Builders for corpus requests.</summary>
public static class Req
{
    /// <summary>The endpoint every request targets.</summary>
    public const string Path = "/graphql";

    /// <summary>Default headers of a well-behaved JSON POST.</summary>
    public static readonly KeyValuePair<string, string>[] JsonHeaders =
        [new("Content-Type", "application/json"), new("Accept", "application/graphql-response+json, application/json")];

    /// <summary>POST of a well-formed GraphQL request body.</summary>
    public static HostileRequest Post(string category, string query, string? variablesJson = null, string? operationName = null) =>
        PostRaw(category, Body(query, variablesJson, operationName));

    /// <summary>POST of exactly this JSON text (well-formed or not).</summary>
    public static HostileRequest PostRaw(string category, string json) => PostBytes(category, Encoding.UTF8.GetBytes(json));

    /// <summary>POST of exactly these bytes with JSON headers.</summary>
    public static HostileRequest PostBytes(string category, byte[] body, params KeyValuePair<string, string>[] headers) =>
        new(category, "POST", Path, headers.Length > 0 ? headers : JsonHeaders, body);

    /// <summary>GET with the request in the query string.</summary>
    public static HostileRequest Get(string category, string query, string? variablesJson = null, string? operationName = null)
    {
        var target = new StringBuilder(Path).Append("?query=").Append(Uri.EscapeDataString(query));
        if (variablesJson is not null) target.Append("&variables=").Append(Uri.EscapeDataString(variablesJson));
        if (operationName is not null) target.Append("&operationName=").Append(Uri.EscapeDataString(operationName));
        return GetTarget(category, target.ToString());
    }

    /// <summary>GET of exactly this (already encoded) target.</summary>
    public static HostileRequest GetTarget(string category, string target) =>
        new(category, "GET", target, [new("Accept", "application/graphql-response+json, application/json")], []);

    /// <summary>A JSON request body; <paramref name="variablesJson"/> is inserted verbatim.</summary>
    public static string Body(string query, string? variablesJson = null, string? operationName = null)
    {
        var sb = new StringBuilder("{\"query\":").Append(JsonSerializer.Serialize(query));
        if (variablesJson is not null) sb.Append(",\"variables\":").Append(variablesJson);
        if (operationName is not null) sb.Append(",\"operationName\":").Append(JsonSerializer.Serialize(operationName));
        return sb.Append('}').ToString();
    }

    /// <summary>Raw HTTP/1.1 bytes for a socket: head (target as bytes), headers, body.</summary>
    public static byte[] Raw(string method, byte[] target, IEnumerable<KeyValuePair<string, string>> headers, byte[] body, bool contentLength = true)
    {
        var head = new MemoryStream();
        void Write(string s) { var b = Encoding.Latin1.GetBytes(s); head.Write(b); }
        Write(method + " ");
        head.Write(target);
        Write(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        foreach (var (name, value) in headers) Write($"{name}: {value}\r\n");
        if (contentLength) Write($"Content-Length: {body.Length}\r\n");
        Write("\r\n");
        head.Write(body);
        return head.ToArray();
    }
}
