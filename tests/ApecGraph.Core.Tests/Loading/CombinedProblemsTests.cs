using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class CombinedProblemsTests
{
    [Fact]
    public void A_wrong_quote_a_dangling_id_and_a_duplicate_id_are_all_reported_together()
    {
        using var graph = TempGraph.WithValidBase()
            .Write("people.yaml", """
                entities:
                  - id: person:hairil
                    kind: PERSON
                    name: Hairil Yahri Yaacob
                    evidence:
                      - doc: document:release
                        quote: Dato’ Sri Hairil Yahri Yaacob, Secretary-General of MITI
                """)
            .Write("relations.yaml", """
                relations:
                  - from: person:hairil
                    type: HOLDS_POST
                    to: organisation:miti
                    role: Secretary General
                    evidence:
                      - doc: document:release
                        quote: Dato’ Sri Hairil Yahri Yaacob, Secretary General of MITI
                """)
            .Write("zz-more.yaml", """
                entities:
                  - id: economy:malaysia
                    kind: ECONOMY
                    name: Malaysia
                    evidence:
                      - doc: document:release
                        quote: Malaysia
                """);

        var result = graph.Load();

        Assert.Null(result.Graph);
        Assert.Equal(3, result.Problems.Count);
        ProblemAssert.Has(result, "graph-seeds/people.yaml", "person:hairil", "quote not found in release.txt");
        ProblemAssert.Has(result, "graph-seeds/relations.yaml", "person:hairil -HOLDS_POST-> organisation:miti", "to \"organisation:miti\" does not exist");
        ProblemAssert.Has(result, "graph-seeds/zz-more.yaml", "economy:malaysia", "duplicate entity id, first defined at graph-seeds/base.yaml:12");
        Assert.Equal(result.Problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line), result.Problems);
    }
}
