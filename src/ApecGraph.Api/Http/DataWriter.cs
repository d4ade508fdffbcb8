using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using ApecGraph.Api.Versioning;

namespace ApecGraph.Api.Http;

/// <summary>
/// Writes an execution result without errors as graphql-dotnet's <see cref="ExecutionResultJsonConverter"/> does
/// (<c>data</c>, then <c>extensions</c>; the same bytes), with the common scalars (strings, integers, booleans, null)
/// written straight to the writer instead of through a serializer call per value, which looked up the value's converter
/// for every one of the thousands of scalars of a large answer. A result with errors, or whose data is not an execution
/// tree, is written by graphql-dotnet's converter itself.
/// </summary>
public sealed class DataWriter : JsonConverter<ExecutionResult>
{
    // graphql-dotnet's converter (its serializer registers it only where no converter of results is there already); it
    // writes errors through the ExecutionErrorJsonConverter of the same options, as before.
    private static readonly ExecutionResultJsonConverter General = new();

    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        General.Read(ref reader, typeToConvert, options)!;

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        if (value.Errors is { Count: > 0 } || (value.Executed && value.Data is not ExecutionNode))
        {
            General.Write(writer, value, options);
            return;
        }
        writer.WriteStartObject();
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            WriteNode(writer, (ExecutionNode)value.Data!, options);
        }
        if (value.Extensions is { Count: 1 } only && only.TryGetValue("graph", out var graph) && graph is GraphExtension served)
        {
            // The usual extensions (just the graph's version): its JSON made once per version.
            writer.WritePropertyName("extensions");
            writer.WriteStartObject();
            writer.WritePropertyName("graph");
            writer.WriteRawValue(served.Json, skipInputValidation: true);
            writer.WriteEndObject();
        }
        else if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode leaf:
                WriteValue(writer, leaf.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: { } fields }:
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name!) ?? field.Name!);
                    WriteNode(writer, field, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items) WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            default:
                // Everything else as graphql-dotnet has it: a null, or a list of scalars (an ArrayExecutionNode that
                // holds its values without item nodes).
                WriteValue(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case int number: writer.WriteNumberValue(number); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            default: JsonSerializer.Serialize(writer, value, options); break;
        }
    }
}
