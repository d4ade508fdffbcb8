using System.Text;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Alias bombs, fragment bombs, directive floods and known cost bombs.</summary>
internal static class BombAbuse
{
    private static readonly string[] Expensive =
    [
        "search(text: \"a\", first: 100) { score entity { id } }", "__typename",
        "paths(from: \"economy:chile\", to: \"resolution:1540-2004\", maxHops: 6, first: 20) { length }",
        "documents(first: 100) { edges { node { id } } }", "__schema { types { name } }",
    ];

    public static IEnumerable<HostileRequest> Aliases(Random r)
    {
        for (var i = 0; i < 400; i++)
        {
            var count = r.LogSize(10, 5000);
            var field = r.Pick(Expensive);
            var sb = new StringBuilder("{ ");
            for (var a = 0; a < count; a++) sb.Append('a').Append(a).Append(": ").Append(field).Append(' ');
            yield return Req.Post(Categories.AliasBombs, sb.Append('}').ToString());
        }
    }

    /// <summary>Levels of doubling fragment spreads (2^n) that still answer quickly today.</summary>
    public const int FanOutSafeLevels = 16;

    public static IEnumerable<HostileRequest> Fragments(Random r)
    {
        for (var i = 0; i < 400; i++)
        {
            var n = r.LogSize(2, 60);
            var sb = new StringBuilder();
            var kind = r.Next(6);
            switch (kind)
            {
                case 0: // cycle F0 -> F1 -> ... -> F0
                    sb.Append("{ ...F0 } ");
                    for (var f = 0; f < n; f++) sb.Append($"fragment F{f} on Query {{ __typename ...F{(f + 1) % n} }} ");
                    break;
                case 1: // exponential fan-out: each spreads the next twice, by aliases
                    sb.Append("{ ...F0 } ");
                    for (var f = 0; f < n; f++)
                        sb.Append(f == n - 1 ? $"fragment F{f} on Query {{ __typename }} " : $"fragment F{f} on Query {{ a: __typename ...F{f + 1} b{f}: economies {{ totalCount }} ...F{f + 1} }} ");
                    break;
                case 2: // self-spread
                    sb.Append("{ ...F } fragment F on Query { ...F __typename }");
                    break;
                case 3: // unknown and unused fragments
                    sb.Append("{ ...Nope } ");
                    for (var f = 0; f < n * 50; f++) sb.Append($"fragment U{f} on Query {{ __typename }} ");
                    break;
                case 4: // a long chain, each fragment spreading the next once (recursion depth, not size)
                    var length = r.LogSize(50, 1500);
                    sb.Append("{ ...C0 } ");
                    for (var f = 0; f < length; f++) sb.Append($"fragment C{f} on Query {{ ...C{f + 1} }} ");
                    sb.Append($"fragment C{length} on Query {{ __typename }}");
                    break;
                default: // wide fan-out of inline fragments on the Entity interface
                    sb.Append("{ search(text: \"a\") { entity { ");
                    for (var f = 0; f < n * 30; f++) sb.Append(r.Pick(["... on Economy { id } ", "... on Person { name } ", "... on Nope { id } ", "... { id } "]));
                    sb.Append("} } }");
                    break;
            }
            // A fan-out of more than 2^16 spreads keeps a core busy past any request time limit today (not cancellable).
            yield return Req.Post(Categories.FragmentBombs, sb.ToString()) with { KnownCostBomb = kind == 1 && n > FanOutSafeLevels };
        }
    }

    public static IEnumerable<HostileRequest> Directives(Random r)
    {
        string[] directives = ["@include(if: true)", "@skip(if: false)", "@skip(if: true)", "@deprecated", "@nope", "@include(if: $b)", "@include"];
        for (var i = 0; i < 400; i++)
        {
            var count = r.LogSize(10, 20_000);
            var d = r.Pick(directives);
            var flood = new StringBuilder();
            for (var k = 0; k < count; k++) flood.Append(r.Chance(0.9) ? d : r.Pick(directives)).Append(' ');
            var query = r.Next(3) switch
            {
                0 => $"query Q($b: Boolean = true) {{ __typename {flood}}}",
                1 => $"query Q($b: Boolean = true) {flood}{{ __typename }}",
                _ => $"query Q($b: Boolean = true) {{ economies {{ totalCount {flood} }} }}",
            };
            yield return r.Chance(0.15) ? Req.Get(Categories.DirectiveFloods, query) : Req.Post(Categories.DirectiveFloods, query);
        }
    }

    /// <summary>The known relation chain from every document (answers ~80 MB in ~18 s today), and smaller cousins.</summary>
    public const string KnownRelationChain =
        "{ documents { edges { node { relations { to { relations { to { relations { to { relations { to { relations { to { id } } } } } } } } } } } } } }";

    public static IEnumerable<HostileRequest> CostBombs(Random r)
    {
        yield return Req.Post(Categories.CostBombs, KnownRelationChain) with { KnownCostBomb = true };
        for (var i = 0; i < 19; i++)
        {
            var hops = r.Next(4, 7);
            var sb = new StringBuilder($"{{ {r.Pick(["documents", "economies", "meetings", "people"])}(first: 100) {{ edges {{ node {{ ");
            for (var h = 0; h < hops; h++) sb.Append("relations { to { ");
            sb.Append("id").Append(string.Concat(Enumerable.Repeat(" } }", hops))).Append(" } } } }");
            yield return Req.Post(Categories.CostBombs, sb.ToString()) with { KnownCostBomb = hops <= 5 }; // 6 hops pass the depth cap
        }
    }
}
