using System.Text;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Invalid UTF-8 in bodies and query strings (percent-encoded; raw bytes in <see cref="RawAbuse"/>).</summary>
internal static class EncodingAbuse
{
    /// <summary>Byte sequences that are not UTF-8: stray continuation, overlong, surrogate halves, past U+10FFFF, truncated.</summary>
    public static readonly byte[][] Invalid =
    [
        [0xFF], [0xFE], [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3, 0x28], [0x00],
    ];

    private static readonly string[] Escapes = ["\\ud800", "\\udfff", "\\ud83d", "\\udc00\\ud800", "\\u0000", "\\uffff", "\\ufffe"];

    public static IEnumerable<HostileRequest> Bodies(Random r)
    {
        for (var i = 0; i < 400; i++)
        {
            var template = r.Pick(["{\"query\":\"{ search(text: \\\"@\\\") { score } }\"}", "{\"query\":\"{ __typename @ }\"}",
                "{\"query\":\"query Q($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":\"@\"}}",
                "{\"query\":\"{ __typename }\",\"operationName\":\"@\"}", "{\"@\":1,\"query\":\"{ __typename }\"}"]);
            var at = template.IndexOf('@');
            byte[] middle = r.Chance(0.25)
                ? Encoding.ASCII.GetBytes(r.Pick(Escapes))
                : [.. Enumerable.Range(0, r.Next(1, 4)).SelectMany(_ => r.Pick(Invalid))];
            byte[] body = [.. Encoding.UTF8.GetBytes(template[..at]), .. middle, .. Encoding.UTF8.GetBytes(template[(at + 1)..])];
            yield return Req.PostBytes(Categories.InvalidUtf8Body, body);
        }
    }

    public static IEnumerable<HostileRequest> QueryStrings(Random r)
    {
        string[] parameters = ["query", "variables", "operationName", "extensions"];
        for (var i = 0; i < 400; i++)
        {
            var bad = string.Concat(Enumerable.Range(0, r.Next(1, 4)).SelectMany(_ => r.Pick(Invalid)).Select(b => $"%{b:X2}"));
            var target = r.Pick(parameters) switch
            {
                "query" => $"{Req.Path}?query=%7B%20search(text%3A%20%22{bad}%22)%20%7B%20score%20%7D%20%7D",
                "variables" => $"{Req.Path}?query=query%20Q(%24t%3A%20String!)%7Bsearch(text%3A%24t)%7Bscore%7D%7D&variables=%7B%22t%22%3A%22{bad}%22%7D",
                "operationName" => $"{Req.Path}?query=query%20Q%7B__typename%7D&operationName=Q{bad}",
                _ => $"{Req.Path}?query=%7B__typename%7D&extensions=%7B%22{bad}%22%3A1%7D",
            };
            if (r.Chance(0.2)) target = $"{Req.Path}?{bad}={bad}&query=%7B__typename%7D";
            if (r.Chance(0.1)) target = $"{Req.Path}?query=%7B__typename%7D%{r.Pick(["", "G", "4", "ZZ"])}";
            yield return Req.GetTarget(Categories.InvalidUtf8QueryString, target);
        }
    }
}
