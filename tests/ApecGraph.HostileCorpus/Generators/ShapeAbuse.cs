using System.Text;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Deep and wide documents, deep argument and variable values.</summary>
internal static class ShapeAbuse
{
    /// <summary>Relation hops from one entity above which a valid nesting is a known cost bomb today.</summary>
    public const int SafeHops = 3;

    public static IEnumerable<HostileRequest> DeepSelections(Random r)
    {
        for (var i = 0; i < 500; i++)
        {
            var depth = r.LogSize(10, 1000);
            var kind = r.Next(4);
            var sb = new StringBuilder("{ ");
            var hops = 0;
            if (kind == 0)
            {
                // valid fields: entity -> relations -> to -> relations ...
                sb.Append("entity(id: \"economy:chile\") { ");
                for (var d = 0; d < depth; d++) { sb.Append(d % 2 == 0 ? "relations { " : "to { "); if (d % 2 == 0) hops++; }
                sb.Append("__typename").Append(new string('}', depth + 1).Replace("}", " }"));
            }
            else if (kind == 1)
            {
                // valid fields on a single chain that does not fan out: meeting partOf partOf ...
                sb.Append("entity(id: \"meeting:star-11-2020-session-2\") { ... on Meeting { ");
                for (var d = 0; d < depth; d++) sb.Append("partOf { ");
                sb.Append("id").Append(new string('}', depth + 2).Replace("}", " }"));
            }
            else
            {
                var name = kind == 2 ? "a" : "__typename";
                for (var d = 0; d < depth; d++) sb.Append(name).Append(" { ");
                sb.Append("b").Append(new string('}', depth).Replace("}", " }"));
            }
            var query = sb.Append(" }").ToString();
            var request = r.Chance(0.2) ? Req.Get(Categories.DeepSelections, query) : Req.Post(Categories.DeepSelections, query);
            // Past the depth cap (15) the server refuses it before it runs; below, many hops are a cost bomb.
            yield return request with { KnownCostBomb = kind == 0 && hops > SafeHops && depth + 2 <= 15 };
        }
    }

    public static IEnumerable<HostileRequest> DeepValues(Random r)
    {
        for (var i = 0; i < 500; i++)
        {
            var depth = r.LogSize(10, 1000);
            var list = new string('[', depth) + "\"economy:chile\"" + new string(']', depth);
            var obj = string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth);
            var jsonObj = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            yield return r.Next(5) switch
            {
                0 => Req.Post(Categories.DeepValues, "{ entities(ids: " + list + ") { id } }"),
                1 => Req.Post(Categories.DeepValues, "{ search(text: \"a\", kinds: " + list.Replace("\"economy:chile\"", "ECONOMY") + ") { score } }"),
                2 => Req.Post(Categories.DeepValues, "{ search(text: " + obj + ") { score } }"),
                3 => Req.Post(Categories.DeepValues, "query Q($ids: [ID!]!) { entities(ids: $ids) { id } }", "{\"ids\":" + list + "}"),
                _ => Req.Post(Categories.DeepValues, "query Q($t: String!) { search(text: $t) { score } }", "{\"t\":" + jsonObj + "}"),
            };
        }
    }

    /// <summary>Repeated fields on one object that still validate quickly today.</summary>
    public const int WideSafeFields = 2500;

    public static IEnumerable<HostileRequest> Wide(Random r)
    {
        string[] fields = ["__typename", "economies { totalCount }", "search(text: \"MITI\") { score }", "entity(id: \"economy:chile\") { id name }", "bogus"];
        for (var i = 0; i < 400; i++)
        {
            var width = r.LogSize(100, 20_000);
            var sb = new StringBuilder();
            var kind = r.Next(3);
            if (kind == 0) { sb.Append("{ "); for (var w = 0; w < width; w++) sb.Append(r.Pick(fields)).Append(' '); sb.Append('}'); }
            else if (kind == 1) { for (var w = 0; w < Math.Min(width, 5000); w++) sb.Append($"query Q{w} {{ __typename }} "); }
            else { sb.Append("{ economies { edges { node { "); for (var w = 0; w < width; w++) sb.Append("id name "); sb.Append("} } } }"); }
            // Thousands of repeated fields on one object: validation (overlapping fields) is quadratic, ~2 s at 7,500 and
            // over 5 s at 11,000 today, and not cancellable: a token limit must refuse them.
            yield return Req.Post(Categories.WideDocuments, sb.ToString(), null, kind == 1 ? "Q" + r.Next(width) : null)
                with { KnownCostBomb = kind == 2 && width > WideSafeFields };
        }
    }
}
