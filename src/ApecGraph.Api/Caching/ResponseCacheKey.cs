using System.Buffers;
using System.Collections;
using System.Numerics;
using System.Security.Cryptography;
using System.Text.Json;
using GraphQL;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace ApecGraph.Api.Caching;

/// <summary>
/// The key of a cached answer: the graph's version, the document in normal form (printed from its syntax tree, so that
/// the same query written with other whitespace, commas or comments is the same entry), the operation's name and the
/// variables in canonical JSON (object members sorted by name, so that their order does not matter either).
/// </summary>
public static class ResponseCacheKey
{
    private static readonly SDLPrinter Printer = new(new SDLPrinterOptions { PrintComments = false, PrintDescriptions = true });

    /// <summary>A SHA-256 (hex) of the normal form of <paramref name="document"/> and <paramref name="operationName"/>:
    /// computed once per prepared document.</summary>
    public static string DocumentHash(GraphQLDocument document, string operationName)
    {
        var text = Printer.Print(document) + "\n#operation " + operationName;
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The cache key of an answer to <paramref name="documentHash"/> with <paramref name="variables"/> from <paramref name="graphVersion"/>.</summary>
    public static string Of(string graphVersion, string documentHash, Inputs? variables)
    {
        if (variables is null || variables.Count == 0) return $"answer:{graphVersion}:{documentHash}";
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
            WriteCanonical(writer, variables);
        return $"answer:{graphVersion}:{documentHash}:{Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan))}";
    }

    /// <summary>Writes a variables value (as the request reader made it) as canonical JSON: members sorted by name.</summary>
    public static void WriteCanonical(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue("double:" + d.ToString(System.Globalization.CultureInfo.InvariantCulture)); break; // ±1e400: no JSON number
            case decimal m: writer.WriteNumberValue(m); break;
            case BigInteger big: writer.WriteRawValue(big.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (name, member) in map.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteCanonical(writer, member);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteCanonical(writer, item);
                writer.WriteEndArray();
                break;
            // Not made by the request reader; typed, so that it cannot meet a string of the same text.
            default: writer.WriteStringValue($"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}"); break;
        }
    }
}
