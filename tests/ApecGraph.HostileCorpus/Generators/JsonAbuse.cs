using System.Text;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Malformed JSON bodies and well-formed JSON of the wrong shape.</summary>
internal static class JsonAbuse
{
    private static readonly string[] Broken =
    [
        "", " ", "\n\t", "{", "}", "[", "{\"query\":", "{\"query\":\"{ __typename }\"", "{\"query\":\"{ __typename }\"}}",
        "{'query':'{ __typename }'}", "{query:\"{ __typename }\"}", "{\"query\":\"{ __typename }\",}", "{\"query\":NaN}",
        "{\"query\":Infinity}", "{\"query\":\"{ __typename }\" /* c */}", "// c\n{\"query\":\"{ __typename }\"}",
        "\uFEFF{\"query\":\"{ __typename }\"}", "{\"query\":\"\\x41\"}", "{\"query\":\"\\u12\"}", "{\"query\":\"a\nb\"}",
        "{\"query\":\"{ __typename }\"}garbage", "{\"query\":\"{ __typename }\"} {\"query\":\"{ __typename }\"}",
        "{\"query\":undefined}", "{\"query\":\"{ __typename }\",\"query\":\"{ __typename }\"}", "null", "nul", "tru",
        "{\"query\":\"{ __typename }\",\"variables\":{\"a\":}}", "{\"query\":\"{ __typename }\",\"variables\":{,}}",
        "{\"variables\":{}}", "{}", "{\"query\":\"\"}", "{\"query\":\"   \"}", "{\"query\":\"{ __typename }\",\"variables\":{\"a\":01}}",
        "{\"query\":\"{ __typename }\",\"variables\":{\"a\":.5}}", "{\"query\":\"{ __typename }\",\"variables\":{\"a\":-}}",
        "{\"query\":\"{ __typename }\",\"variables\":{\"a\":1e}}", "\0\0\0\0", "{\"query\":\"{ __typename }\u0000\"}",
    ];

    private static readonly string[] WrongTypeValues = ["1", "-1", "1.5", "true", "false", "[]", "[\"{ __typename }\"]", "{}", "{\"a\":1}", "\"x\"", "\"{}\"", "0", "1e400"];

    public static IEnumerable<HostileRequest> Malformed(Random r)
    {
        foreach (var body in Broken) yield return Req.PostRaw(Categories.MalformedJson, body);
        for (var i = 0; i < 560; i++)
        {
            var valid = Req.Body(r.Pick(["{ __typename }", "{ economies { totalCount } }", "query Q($n: Int) { search(text: \"MITI\", first: $n) { score } }"]),
                r.Chance(0.5) ? "{\"n\":2}" : null);
            var kind = r.Next(6);
            yield return Req.PostRaw(Categories.MalformedJson, kind switch
            {
                0 => valid[..r.Next(valid.Length)],                                   // truncated
                1 => valid.Remove(r.Next(valid.Length), 1),                           // one char dropped
                2 => valid.Insert(r.Next(valid.Length), r.Pick(["{", "}", "\"", ",", ":", "[", "\\"])), // one char added
                3 => new string('[', r.LogSize(10, 100_000)) + new string(']', r.Chance(0.5) ? 0 : 10), // nesting past any JSON depth limit
                4 => "{\"query\":\"{ __typename }\",\"variables\":" + new string('[', r.LogSize(10, 50_000)) + "}",
                _ => valid.Replace(':', r.Pick(['=', ';', ' '])),
            });
        }
    }

    public static IEnumerable<HostileRequest> WrongTypes(Random r)
    {
        foreach (var top in new[] { "[]", "[{\"query\":\"{ __typename }\"}]", "[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]", "\"{ __typename }\"", "42", "true", "null" })
            yield return Req.PostRaw(Categories.WrongJsonTypes, top);
        string[] members = ["query", "variables", "operationName", "extensions"];
        for (var i = 0; i < 593; i++)
        {
            var member = r.Pick(members);
            var value = r.Pick(WrongTypeValues);
            var sb = new StringBuilder("{");
            foreach (var m in members)
            {
                if (m == member) sb.Append($"\"{m}\":{value},");
                else if (m == "query" && r.Chance(0.9)) sb.Append("\"query\":\"query Q { __typename }\",");
                else if (m == "operationName" && r.Chance(0.3)) sb.Append("\"operationName\":\"Q\",");
            }
            var body = sb.ToString().TrimEnd(',') + "}";
            if (r.Chance(0.3) && member is "variables" or "extensions")
                yield return Req.GetTarget(Categories.WrongJsonTypes,
                    $"{Req.Path}?query={Uri.EscapeDataString("query Q { __typename }")}&{member}={Uri.EscapeDataString(value)}");
            else
                yield return Req.PostRaw(Categories.WrongJsonTypes, body);
        }
    }
}
