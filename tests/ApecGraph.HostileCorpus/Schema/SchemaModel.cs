using System.Text.Json;

namespace ApecGraph.HostileCorpus.Schema;

/// <summary>A reference to a type as introspection gives it: NON_NULL and LIST wrap <see cref="OfType"/>.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    /// <summary>The named type under all wrappers.</summary>
    public string NamedType => Name ?? OfType!.NamedType;

    /// <summary>The type in GraphQL syntax, e.g. <c>[ID!]!</c>.</summary>
    public override string ToString() => Kind switch { "NON_NULL" => OfType + "!", "LIST" => $"[{OfType}]", _ => Name! };
}

/// <summary>An argument or input field.</summary>
public sealed record InputValue(string Name, TypeRef Type, bool HasDefault);

/// <summary>A field with its arguments.</summary>
public sealed record Field(string Name, TypeRef Type, IReadOnlyList<InputValue> Args);

/// <summary>A named type of the schema.</summary>
public sealed record NamedType(string Name, string Kind, IReadOnlyList<Field> Fields, IReadOnlyList<string> PossibleTypes,
    IReadOnlyList<string> EnumValues, IReadOnlyList<InputValue> InputFields);

/// <summary>The schema as read from the API's introspection answer.</summary>
public sealed class SchemaModel(IReadOnlyDictionary<string, NamedType> types, string queryType)
{
    /// <summary>The introspection query the model is read from.</summary>
    public const string IntrospectionQuery =
        "{ __schema { queryType { name } types { name kind enumValues { name } possibleTypes { name } " +
        "inputFields { name defaultValue type { ...T } } fields { name type { ...T } args { name defaultValue type { ...T } } } } } } " +
        "fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";

    /// <summary>Every named type by name.</summary>
    public IReadOnlyDictionary<string, NamedType> Types { get; } = types;

    /// <summary>The root query type.</summary>
    public NamedType Query => Types[queryType];

    /// <summary>Reads the answer (<c>{"data":{"__schema":…}}</c>) to <see cref="IntrospectionQuery"/>.</summary>
    public static SchemaModel Parse(string introspectionJson)
    {
        using var json = JsonDocument.Parse(introspectionJson);
        var schema = json.RootElement.GetProperty("data").GetProperty("__schema");
        var types = new Dictionary<string, NamedType>();
        foreach (var t in schema.GetProperty("types").EnumerateArray())
        {
            var name = t.GetProperty("name").GetString()!;
            types[name] = new NamedType(name, t.GetProperty("kind").GetString()!,
                List(t, "fields", f => new Field(f.GetProperty("name").GetString()!, Ref(f.GetProperty("type")), List(f, "args", Input))),
                List(t, "possibleTypes", p => p.GetProperty("name").GetString()!),
                List(t, "enumValues", e => e.GetProperty("name").GetString()!),
                List(t, "inputFields", Input));
        }
        return new SchemaModel(types, schema.GetProperty("queryType").GetProperty("name").GetString()!);
    }

    private static InputValue Input(JsonElement e) =>
        new(e.GetProperty("name").GetString()!, Ref(e.GetProperty("type")), e.GetProperty("defaultValue").ValueKind != JsonValueKind.Null);

    private static TypeRef Ref(JsonElement e) =>
        new(e.GetProperty("kind").GetString()!, e.GetProperty("name").GetString(),
            e.TryGetProperty("ofType", out var of) && of.ValueKind == JsonValueKind.Object ? Ref(of) : null);

    private static IReadOnlyList<T> List<T>(JsonElement e, string name, Func<JsonElement, T> map) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray().Select(map)] : [];
}
