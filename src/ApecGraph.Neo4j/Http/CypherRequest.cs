using System.Buffers;
using System.Text.Json;

namespace ApecGraph.Neo4j.Http;

/// <summary>Writes the transactional endpoint's request body: <c>{"statements":[{"statement":…,"parameters":{…}}]}</c>.</summary>
internal static class CypherRequest
{
    public static byte[] Body(IReadOnlyList<CypherStatement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                JsonSerializer.Serialize(writer, statement.Parameters);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
