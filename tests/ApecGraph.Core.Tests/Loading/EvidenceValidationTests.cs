using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class EvidenceValidationTests
{
    private const string File = "graph-seeds/e.yaml";

    private static string Topic(string doc, string quote, string more = "") => $"""
        entities:
          - id: topic:x
            kind: TOPIC
            name: X
            evidence:
              - doc: {doc}
                quote: "{quote}"
        {more}
        """;

    [Fact]
    public void Citing_a_missing_document_is_reported()
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", Topic("document:nope", "Malaysia"));

        var problem = ProblemAssert.Single(graph.Load(), File, "topic:x", "evidence cites \"document:nope\", which does not exist");
        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void Citing_an_entity_that_is_not_a_document_is_reported()
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", Topic("economy:malaysia", "Malaysia"));

        ProblemAssert.Single(graph.Load(), File, "topic:x", "evidence cites economy:malaysia, which is an ECONOMY, not a DOCUMENT");
    }

    [Fact]
    public void Citing_a_document_without_source_is_reported()
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", Topic("document:release", "Malaysia") + """
              - id: document:summary
                kind: DOCUMENT
                name: A summary with no source text
                evidence:
                  - doc: document:summary
                    quote: anything
            """);

        ProblemAssert.Single(graph.Load(), File, "document:summary", "evidence cites document:summary, which has no source");
    }

    [Fact]
    public void A_document_whose_source_file_is_missing_is_reported_once()
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", """
            entities:
              - id: document:lost
                kind: DOCUMENT
                name: Lost
                properties:
                  source: lost.txt
                evidence:
                  - doc: document:lost
                    quote: whatever it said
                  - doc: document:lost
                    quote: and more
            """);

        var problem = ProblemAssert.Single(graph.Load(), File, "document:lost", "source file \"lost.txt\" not found in seeds/");
        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void A_source_must_be_a_file_name_under_seeds()
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", """
            entities:
              - id: document:escape
                kind: DOCUMENT
                name: Escape
                properties:
                  source: ../graph-seeds/base.yaml
                evidence:
                  - doc: document:release
                    quote: Malaysia
            """);

        ProblemAssert.Single(graph.Load(), File, "document:escape", "must be a file name under seeds/");
    }

    [Fact]
    public void A_quote_that_is_not_in_the_document_is_reported_with_the_file_name()
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", Topic("document:release", "Malaysia narrowly chaired"));

        var problem = ProblemAssert.Single(graph.Load(), File, "topic:x", "quote not found in release.txt: \"Malaysia narrowly chaired\"");
        Assert.Equal("graph-seeds/e.yaml:6: topic:x: quote not found in release.txt: \"Malaysia narrowly chaired\"", problem.ToString());
    }

    [Theory]
    [InlineData("APEC Virtual Extraordinary Senior Officials’ Meeting")] // wrapped across a line break in the source
    [InlineData("  chaired   the\\n APEC  Virtual ")] // extra spaces and a line break in the quote
    public void Line_breaks_and_runs_of_spaces_fold_on_both_sides(string quote)
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", Topic("document:release", quote));

        Assert.Empty(graph.Load().Problems);
    }

    [Theory]
    [InlineData("malaysia successfully chaired")] // case
    [InlineData("Senior Officials' Meeting")] // straight apostrophe where the source has ’
    [InlineData("Malaysia successfully chaired.")] // punctuation
    public void Everything_but_whitespace_must_match_exactly(string quote)
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", Topic("document:release", quote));

        ProblemAssert.Single(graph.Load(), File, "topic:x", "quote not found in release.txt");
    }

    [Fact]
    public void Evidence_needs_a_doc_and_a_quote()
    {
        using var graph = TempGraph.WithValidBase().Write("e.yaml", "entities:\n  - id: topic:x\n    kind: TOPIC\n    name: X\n    evidence:\n      - quote: \"\"\n");

        var result = graph.Load();

        Assert.Equal(2, result.Problems.Count);
        ProblemAssert.Has(result, File, "topic:x", "evidence has no doc");
        ProblemAssert.Has(result, File, "topic:x", "evidence has no quote");
    }
}
