using System.Text;
using System.Text.Json;

namespace ApecGraph.HostileCorpus.Schema;

/// <summary>Random documents over the schema: valid ones, and near-valid ones with at least one fault
/// (typo, missing or wrongly typed argument, selection on a leaf, none on an object, out-of-range page size, foreign cursor).</summary>
internal sealed class RandomDocuments(SchemaModel schema, Random r)
{
    private static readonly string[] Ids =
    [
        "economy:chile", "economy:malaysia", "economy:china", "resolution:1540-2004", "meeting:vesom-2020-05-27", "meeting:star-11-2020",
        "organisation:miti", "person:juan-pablo-rosso-streeter", "proposal:apec-covid-19-live", "no:such", "", ":", "economy:", "ECONOMY:CHILE",
    ];

    private static readonly string[] Texts = ["MITI", "Chile", "APEC", "1540", "covid", "é", "a", "", " ", "%", "*", "\\\\", "🙂", "ñandú", "x y z"];

    /// <summary>Cursors this API never gave out (and one it did: v1:economy:chile).</summary>
    private static readonly string[] Cursors =
    [
        "djE6ZWNvbm9teTpjaGlsZQ", "abc", "djE6", "djI6ZWNvbm9teTpjaGlsZQ", "djE6bm86c3VjaA", "====", "%%%", "v1:economy:chile", "",
        "djE6ZWNvbm9teTpjaGlsZQ==", "YXJyYXljb25uZWN0aW9uOjA=", "\\u0000", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ];

    private static readonly long[] BadFirst = [-1, 0, 101, 1000, 2147483647, 2147483648, -2147483648, 9223372036854775807];

    private bool nearValid;
    private int faults;
    private readonly List<(string Name, string Type, string Json)> variables = [];

    /// <summary>A document and its variables JSON (or null).</summary>
    public (string Query, string? Variables) Next(bool near)
    {
        nearValid = near;
        faults = 0;
        variables.Clear();
        var body = Selection(schema.Query, r.Next(1, 5));
        if (near && faults == 0) body = body.Insert(2, r.Pick(["nope ", "economies { nope } ", "search { score } ", "economies ", "__typename { x } "]));
        var query = variables.Count == 0 ? body
            : "query Q(" + string.Join(", ", variables.Select(v => $"${v.Name}: {v.Type}")) + ") " + body;
        var json = variables.Count == 0 ? null : "{" + string.Join(",", variables.Select(v => $"{JsonSerializer.Serialize(v.Name)}:{v.Json}")) + "}";
        return (query, json);
    }

    private bool Fault(double p = 0.08)
    {
        if (!nearValid || !r.Chance(p)) return false;
        faults++;
        return true;
    }

    private string Selection(NamedType type, int depth)
    {
        var sb = new StringBuilder("{ ");
        if (type.Kind == "UNION" || (type.Kind == "INTERFACE" && r.Chance(0.5)))
        {
            sb.Append("__typename ");
            foreach (var possible in type.PossibleTypes.Where(_ => r.Chance(0.5)).Take(3))
                sb.Append("... on ").Append(possible).Append(' ').Append(Selection(schema.Types[possible], depth)).Append(' ');
            if (type.Kind == "UNION") return sb.Append('}').ToString();
        }
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        for (var i = r.Next(1, 4); i > 0 && fields.Count > 0; i--)
            sb.Append(FieldText(r.Pick(fields), depth)).Append(' ');
        return sb.Append('}').ToString();
    }

    private string FieldText(Field field, int depth)
    {
        var name = Fault() ? field.Name + "x" : field.Name;
        var sb = new StringBuilder(r.Chance(0.1) ? $"a{r.Next(100)}: {name}" : name);
        var args = field.Args.Where(a => (a.Type.Kind == "NON_NULL" && !a.HasDefault && !Fault()) || r.Chance(0.4)).ToList();
        if (args.Count > 0) sb.Append('(').Append(string.Join(", ", args.Select(a => $"{a.Name}: {Argument(a)}"))).Append(')');
        var target = schema.Types[field.Type.NamedType];
        var composite = target.Kind is "OBJECT" or "INTERFACE" or "UNION";
        if (composite && !Fault()) sb.Append(' ').Append(depth > 0 ? Selection(target, depth - 1) : "{ __typename }");
        else if (!composite && Fault()) sb.Append(" { id }");
        return sb.ToString();
    }

    private string Argument(InputValue arg)
    {
        var wrong = Fault(0.15);
        var (literal, json) = wrong ? WrongValue() : Value(arg.Name, arg.Type);
        if (arg.Name == "first" && Fault(0.4)) literal = json = r.Pick(BadFirst).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (arg.Name == "after" && r.Chance(0.5)) literal = json = JsonSerializer.Serialize(r.Pick(Cursors));
        if (!r.Chance(0.3)) return literal;
        var variable = "v" + variables.Count;
        variables.Add((variable, arg.Type.ToString(), json));
        return "$" + variable;
    }

    private (string Literal, string Json) Value(string name, TypeRef type)
    {
        if (type.Kind == "NON_NULL") return Value(name, type.OfType!);
        if (type.Kind == "LIST")
        {
            var items = Enumerable.Range(0, r.Next(0, 4)).Select(_ => Value(name, type.OfType!)).ToList();
            return ($"[{string.Join(", ", items.Select(i => i.Literal))}]", $"[{string.Join(",", items.Select(i => i.Json))}]");
        }
        var named = schema.Types[type.Name!];
        if (named.Kind == "ENUM") { var v = r.Pick(named.EnumValues); return (v, JsonSerializer.Serialize(v)); }
        if (named.Kind == "INPUT_OBJECT")
        {
            var fields = named.InputFields.Select(f => (f.Name, Value: Value(f.Name, f.Type))).ToList();
            return ("{" + string.Join(", ", fields.Select(f => $"{f.Name}: {f.Value.Literal}")) + "}",
                "{" + string.Join(",", fields.Select(f => $"\"{f.Name}\":{f.Value.Json}")) + "}");
        }
        string? s = type.Name switch
        {
            "Int" => null,
            "Float" => null,
            "Boolean" => null,
            "Date" => r.Pick(["2020-05-27", "2020", "2020-05", "2022-12-31"]),
            "ID" => r.Pick(Ids),
            _ => name == "text" ? r.Pick(Texts) : r.Word(),
        };
        if (s is not null) { var lit = JsonSerializer.Serialize(s); return (lit, lit); }
        var number = type.Name switch
        {
            "Boolean" => r.Chance(0.5) ? "true" : "false",
            "Float" => (r.NextDouble() * 10).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
            _ => name switch { "first" => r.Pick(["0", "1", "2", "5", "20", "100"]), "maxHops" => r.Next(1, 7).ToString(System.Globalization.CultureInfo.InvariantCulture), _ => r.Next(0, 10).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return (number, number);
    }

    private (string Literal, string Json) WrongValue() => r.Next(8) switch
    {
        0 => ("\"12\"", "\"12\""),
        1 => ("12", "12"),
        2 => ("1.5", "1.5"),
        3 => ("[1, \"a\"]", "[1,\"a\"]"),
        4 => ("{a: 1}", "{\"a\":1}"),
        5 => ("null", "null"),
        6 => ("NOT_AN_ENUM", "\"NOT_AN_ENUM\""),
        _ => ("true", "true"),
    };
}
