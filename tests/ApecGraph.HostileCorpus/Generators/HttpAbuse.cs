using System.Text;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Wrong methods, content types and Accept headers.</summary>
internal static class HttpAbuse
{
    private static readonly byte[] TypenameBody = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}");

    public static IEnumerable<HostileRequest> Methods(Random r)
    {
        string[] methods = ["PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "FOO", "get", "post", "PROPFIND"];
        for (var i = 0; i < 300; i++)
        {
            var method = r.Pick(methods);
            var withBody = method is not ("HEAD" or "TRACE" or "get") && r.Chance(0.7);
            var target = r.Chance(0.5) ? Req.Path : Req.Path + "?query=%7B__typename%7D";
            yield return new HostileRequest(Categories.WrongMethods, method, target, Req.JsonHeaders, withBody ? TypenameBody : []);
        }
    }

    public static IEnumerable<HostileRequest> ContentTypes(Random r)
    {
        string?[] types =
        [
            null, "", "text/plain", "application/graphql", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "application/json; charset=latin1", "application/json; charset=utf-16", "application/json;;;", "application/json; charset=\"",
            "application/jsonx", "APPLICATION/JSON", "application/graphql-response+json", "*/*", "application/*", "json",
            "application/json, text/plain", "application/json\t", "application/json; " + new string('a', 5000) + "=b",
            "application/" + new string('j', 20_000), "application/json; charset=utf-8; boundary=--", "text/html",
        ];
        for (var i = 0; i < 400; i++)
        {
            var type = r.Pick(types);
            var body = r.Next(3) switch
            {
                0 => TypenameBody,
                1 => Encoding.UTF8.GetBytes("{ __typename }"),
                _ => Encoding.UTF8.GetBytes("query=%7B__typename%7D"),
            };
            if (type == "application/json; charset=utf-16" && r.Chance(0.5)) body = Encoding.Unicode.GetBytes("{\"query\":\"{ __typename }\"}");
            KeyValuePair<string, string>[] headers = type is null ? [new("Accept", "application/json")] : [new("Content-Type", type), new("Accept", "application/json")];
            yield return Req.PostBytes(Categories.ContentTypes, body, headers);
        }
    }

    public static IEnumerable<HostileRequest> Headers(Random r)
    {
        string[] accepts =
        [
            "", "*/*", "*/*;q=0", "application/json;q=0", "application/graphql-response+json;q=0, application/json;q=0", "text/html",
            "text/html, application/json", "text/html;q=0", "image/png", ";;;,,,", "application/json;q=abc", "application/json;q=-1",
            "application/json;q=1e400", "application/json;q=2", "application/*;q=0.5", "*", "application/graphql-response+json; charset=utf-16",
            "application/json, application/json, application/json", "\"application/json\"", "application/json\u00e9",
        ];
        for (var i = 0; i < 400; i++)
        {
            string accept = r.Next(4) switch
            {
                0 => string.Join(", ", Enumerable.Range(0, r.LogSize(10, 5000)).Select(k => $"application/x{k};q=0.{k % 10}")) + ", application/json",
                1 => "application/json; p=" + new string('v', r.LogSize(1000, 100_000)),
                _ => r.Pick(accepts),
            };
            var get = r.Chance(0.4);
            var request = get ? Req.Get(Categories.Headers, r.Chance(0.2) ? "" : "{ __typename }") : Req.Post(Categories.Headers, "{ __typename }");
            var headers = request.Headers.Where(h => h.Key != "Accept").Append(new("Accept", accept)).ToList();
            if (r.Chance(0.2)) headers.Add(new("X-Junk-" + r.Word(), new string('j', r.LogSize(100, 60_000))));
            if (r.Chance(0.1)) headers.Add(new("Accept-Charset", "utf-16"));
            if (get && r.Chance(0.2)) request = request with { PathAndQuery = Req.Path };
            yield return request with { Headers = headers };
        }
    }
}
