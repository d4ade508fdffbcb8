using System.Text;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Numbers past Int32/Int64/double, and strings and bodies around the 256 KiB body limit.</summary>
internal static class SizeAbuse
{
    public const int BodyLimit = 256 * 1024;

    private static readonly string[] Numbers =
    [
        "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "99999999999999999999999999999999999999", "1e400", "-1e400", "1e-400", "1.7976931348623157e309",
        "0.0000000000000000000000000000001", "1E10", "1.0", "-0", "0e0", "123456789012345678901234567890.5",
    ];

    public static IEnumerable<HostileRequest> HugeNumbers(Random r)
    {
        for (var i = 0; i < 500; i++)
        {
            var n = r.Chance(0.15) ? new string('9', r.LogSize(20, 100_000)) : r.Pick(Numbers);
            var field = r.Pick(["search(text: \"a\", first: #) { score }", "economies(first: #) { totalCount }",
                "paths(from: \"economy:chile\", to: \"resolution:1540-2004\", maxHops: #, first: 1) { length }",
                "proposals(first: #) { totalCount }", "economy: entity(id: #) { id }"]);
            switch (r.Next(3))
            {
                case 0: yield return Req.Post(Categories.HugeNumbers, "{ " + field.Replace("#", n) + " }"); break;
                case 1: yield return Req.Post(Categories.HugeNumbers, "query Q($n: Int) { " + field.Replace("#", "$n").Replace("entity(id: $n)", "entity(id: \"x\")") + " }", $"{{\"n\":{n}}}"); break;
                default: yield return Req.Get(Categories.HugeNumbers, "{ " + field.Replace("#", n) + " }"); break;
            }
        }
    }

    public static IEnumerable<HostileRequest> HugeStrings(Random r)
    {
        int[] edges = [-4096, -64, -2, -1, 0, 1, 2, 64, 4096, BodyLimit];
        for (var i = 0; i < 300; i++)
        {
            const string head = "{\"query\":\"{ search(text: \\\"";
            const string tail = "\\\") { score } }\"}";
            int total = i < 120 ? BodyLimit + r.Pick(edges) : r.LogSize(1024, BodyLimit * 2);
            var fill = Math.Max(1, total - head.Length - tail.Length);
            var text = r.Next(4) switch
            {
                0 => new string('a', fill),
                1 => string.Concat(Enumerable.Repeat("é", fill / 2)),
                2 => string.Concat(Enumerable.Repeat("\\\\n", fill / 3)),
                _ => string.Concat(Enumerable.Repeat("\\\\u00e9", fill / 7)),
            };
            if (r.Chance(0.2))
                yield return Req.Post(Categories.HugeStrings, "query Q($t: String!) { search(text: $t) { score } }",
                    "{\"t\":\"" + new string('x', fill) + "\"}");
            else if (r.Chance(0.1))
                yield return Req.Post(Categories.HugeStrings, "{ __typename }", null, new string('O', fill));
            else
                yield return Req.PostBytes(Categories.HugeStrings, Encoding.UTF8.GetBytes(head + text + tail));
        }
        // A string argument in a GET: long URLs
        for (var i = 0; i < 40; i++)
            yield return Req.Get(Categories.HugeStrings, "{ search(text: \"" + new string('q', r.LogSize(1000, 200_000)) + "\") { score } }");
    }
}
