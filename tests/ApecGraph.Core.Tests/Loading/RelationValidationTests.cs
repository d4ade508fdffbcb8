using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class RelationValidationTests
{
    private const string File = "graph-seeds/r.yaml";

    private static string Relation(string from, string type, string to, string extra = "", bool evidence = true) => $"""
        relations:
          - from: {from}
            type: {type}
            to: {to}
        {extra}
        """ + (evidence ? "\n    evidence:\n      - doc: document:release\n        quote: Malaysia successfully chaired\n" : "\n");

    [Fact]
    public void Duplicate_relation_ids_are_reported_with_the_first_place()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("economy:malaysia", "CHAIRED", "meeting:vesom"));

        var problem = ProblemAssert.Single(graph.Load(), File, "economy:malaysia -CHAIRED-> meeting:vesom",
            "duplicate relation id \"economy:malaysia|CHAIRED|meeting:vesom\", first defined at graph-seeds/base.yaml:");
        Assert.Contains("explicit id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_id_tells_two_relations_of_one_pair_apart()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("economy:malaysia", "CHAIRED", "meeting:vesom", "    id: chaired-again"));

        var result = graph.Load();

        Assert.Empty(result.Problems);
        Assert.Contains(result.Graph!.Relations, r => r.Id == "chaired-again");
    }

    [Fact]
    public void Duplicate_explicit_ids_are_reported()
    {
        using var graph = TempGraph.WithValidBase()
            .Write("r.yaml", Relation("economy:malaysia", "PARTICIPATED_IN", "meeting:vesom", "    id: same"))
            .Write("s.yaml", Relation("economy:malaysia", "ORGANISED", "meeting:vesom", "    id: same"));

        ProblemAssert.Single(graph.Load(), "graph-seeds/s.yaml", "same", "duplicate relation id \"same\", first defined at graph-seeds/r.yaml:2");
    }

    [Fact]
    public void A_planned_or_expected_relation_keeps_its_modality()
    {
        using var graph = TempGraph.WithValidBase()
            .Write("r.yaml", Relation("economy:malaysia", "PARTICIPATED_IN", "meeting:vesom", "    modality: PLANNED"))
            .Write("s.yaml", Relation("economy:malaysia", "ORGANISED", "meeting:vesom", "    modality: EXPECTED"));

        var result = graph.Load();

        Assert.Empty(result.Problems);
        Assert.Equal(ApecGraph.Core.Model.Modality.Planned, result.Graph!.Relations.Single(r => r.Type == "PARTICIPATED_IN").Modality);
        Assert.Equal(ApecGraph.Core.Model.Modality.Expected, result.Graph.Relations.Single(r => r.Type == "ORGANISED").Modality);
        Assert.Equal(ApecGraph.Core.Model.Modality.Actual, result.Graph.Relations.Single(r => r.Type == "CHAIRED").Modality);
    }

    [Theory]
    [InlineData("planned")]
    [InlineData("ACTUAL")]
    [InlineData("MAYBE")]
    public void An_unknown_modality_is_reported(string modality)
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("economy:malaysia", "PARTICIPATED_IN", "meeting:vesom", $"    modality: {modality}"));

        ProblemAssert.Single(graph.Load(), File, "economy:malaysia -PARTICIPATED_IN-> meeting:vesom",
            $"modality \"{modality}\" is not one of PLANNED, EXPECTED (leave it out for what happened)");
    }

    [Fact]
    public void Unknown_relation_types_are_reported()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("economy:malaysia", "CHAIR", "meeting:vesom"));

        ProblemAssert.Single(graph.Load(), File, "economy:malaysia -CHAIR-> meeting:vesom", "unknown relation type \"CHAIR\"");
    }

    [Fact]
    public void Kinds_the_type_does_not_allow_are_reported_at_each_end()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("meeting:vesom", "HOSTED", "economy:malaysia"));

        var result = graph.Load();

        Assert.Equal(2, result.Problems.Count);
        ProblemAssert.Has(result, File, "meeting:vesom -HOSTED-> economy:malaysia", "HOSTED cannot start at meeting:vesom, a MEETING (allowed: ECONOMY, ORGANISATION)");
        ProblemAssert.Has(result, File, "meeting:vesom -HOSTED-> economy:malaysia", "HOSTED cannot end at economy:malaysia, an ECONOMY (allowed: ORGANISATION, MEETING)");
    }

    [Fact]
    public void Relations_to_or_from_missing_entities_are_dangling()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("economy:atlantis", "CHAIRED", "meeting:nowhere"));

        var result = graph.Load();

        Assert.Equal(2, result.Problems.Count);
        ProblemAssert.Has(result, File, "economy:atlantis -CHAIRED-> meeting:nowhere", "from \"economy:atlantis\" does not exist");
        ProblemAssert.Has(result, File, "economy:atlantis -CHAIRED-> meeting:nowhere", "to \"meeting:nowhere\" does not exist");
    }

    [Fact]
    public void A_relation_needs_evidence()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("economy:malaysia", "ORGANISED", "meeting:vesom", evidence: false));

        ProblemAssert.Single(graph.Load(), File, "economy:malaysia -ORGANISED-> meeting:vesom", "relation has no evidence");
    }

    [Fact]
    public void Mentions_written_by_hand_are_rejected()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("document:release", "MENTIONS", "economy:malaysia"));

        ProblemAssert.Single(graph.Load(), File, "document:release -MENTIONS-> economy:malaysia", "MENTIONS is derived");
    }

    [Fact]
    public void Relation_dates_must_be_iso()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", Relation("economy:malaysia", "ORGANISED", "meeting:vesom", "    date: May 2020"));

        ProblemAssert.Single(graph.Load(), File, "economy:malaysia -ORGANISED-> meeting:vesom", "date \"May 2020\" is not an ISO date");
    }

    [Fact]
    public void Relation_evidence_has_no_supports()
    {
        using var graph = TempGraph.WithValidBase().Write("r.yaml", """
            relations:
              - from: economy:malaysia
                type: ORGANISED
                to: meeting:vesom
                evidence:
                  - doc: document:release
                    quote: Malaysia successfully chaired
                    supports: [date]
            """);

        ProblemAssert.Single(graph.Load(), File, "economy:malaysia -ORGANISED-> meeting:vesom", "supports is for entity properties");
    }
}
