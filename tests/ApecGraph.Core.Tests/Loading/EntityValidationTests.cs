using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class EntityValidationTests
{
    private const string File = "graph-seeds/x.yaml";

    private static string Entity(string id, string kind, string extra = "", string supports = "") => $"""
        entities:
          - id: {id}
            kind: {kind}
            name: Something
        {extra}
            evidence:
              - doc: document:release
                quote: Malaysia successfully chaired{supports}
        """;

    [Fact]
    public void Duplicate_ids_name_both_files_and_lines()
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("economy:malaysia", "ECONOMY"));

        var problem = ProblemAssert.Single(graph.Load(), File, "economy:malaysia", "duplicate entity id, first defined at graph-seeds/base.yaml:12");
        Assert.Equal(2, problem.Line);
    }

    [Theory]
    [InlineData("topic:Upper")]
    [InlineData("topic")]
    [InlineData("topic:with space")]
    public void Ids_must_be_kind_colon_slug(string id)
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity(id, "TOPIC"));

        ProblemAssert.Single(graph.Load(), File, id, "id must be <kind>:<slug>");
    }

    [Fact]
    public void Id_prefix_must_match_the_kind()
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("person:x", "TOPIC"));

        ProblemAssert.Single(graph.Load(), File, "person:x", "id prefix \"person:\" does not match kind TOPIC");
    }

    [Theory]
    [InlineData("TOPICS")]
    [InlineData("topic")]
    [InlineData("1")]
    public void Unknown_kinds_are_reported(string kind)
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("topic:x", kind));

        ProblemAssert.Single(graph.Load(), File, "topic:x", $"unknown kind \"{kind}\"");
    }

    [Fact]
    public void Properties_outside_the_kind_vocabulary_are_reported()
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("topic:x", "TOPIC", "    properties:\n      colour: red", "\n        supports: [colour]"));

        var problem = ProblemAssert.Single(graph.Load(), File, "topic:x", "unknown property \"colour\" for TOPIC");
        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void A_property_needs_evidence_naming_it_in_supports()
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("topic:x", "TOPIC", "    properties:\n      year: \"2020\""));

        ProblemAssert.Single(graph.Load(), File, "topic:x", "property year has no evidence naming it in supports");
    }

    [Fact]
    public void Supports_must_name_a_property_the_entity_has()
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("topic:x", "TOPIC", supports: "\n        supports: [year]"));

        var problem = ProblemAssert.Single(graph.Load(), File, "topic:x", "supports names \"year\", which is not a property of this entity");
        Assert.Equal(7, problem.Line); // the evidence item
    }

    [Theory]
    [InlineData("Virtual")]
    [InlineData("ONLINE")]
    public void Meeting_format_must_be_one_of_the_three(string format)
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("meeting:x", "MEETING", $"    properties:\n      format: {format}", "\n        supports: [format]"));

        ProblemAssert.Single(graph.Load(), File, "meeting:x", $"format \"{format}\" is not one of IN_PERSON, VIRTUAL, HYBRID");
    }

    [Theory]
    [InlineData("MCDXL")]
    [InlineData("0")]
    public void A_resolution_number_must_be_a_positive_integer(string number)
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml",
            Entity("resolution:x", "RESOLUTION", $"    properties:\n      number: {number}\n      year: \"2004\"", "\n        supports: [number, year]"));

        ProblemAssert.Single(graph.Load(), File, "resolution:x", $"number \"{number}\" is not a resolution number");
    }

    [Fact]
    public void A_resolution_needs_a_number_and_a_year()
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("resolution:x", "RESOLUTION"));

        var problems = graph.Load().Problems;
        Assert.Contains(problems, p => p.Subject == "resolution:x" && p.Message == "a RESOLUTION needs the property number");
        Assert.Contains(problems, p => p.Subject == "resolution:x" && p.Message == "a RESOLUTION needs the property year");
    }

    [Theory]
    [InlineData("startDate", "27 May 2020")]
    [InlineData("endDate", "2020-5-27")]
    [InlineData("startDate", "2020-02-30")]
    [InlineData("startDate", "2020/05/27")]
    public void Dates_must_be_iso(string key, string value)
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("meeting:x", "MEETING", $"    properties:\n      {key}: \"{value}\"", $"\n        supports: [{key}]"));

        ProblemAssert.Single(graph.Load(), File, "meeting:x", $"{key} \"{value}\" is not an ISO date");
    }

    [Theory]
    [InlineData("2020-05-27")]
    [InlineData("2020-05")]
    [InlineData("2020")]
    public void Partial_iso_dates_are_accepted(string value)
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", Entity("proposal:x", "PROPOSAL", $"    properties:\n      date: {value}", "\n        supports: [date]"));

        Assert.Empty(graph.Load().Problems);
    }

    [Fact]
    public void An_entity_needs_evidence_and_a_name()
    {
        using var graph = TempGraph.WithValidBase().Write("x.yaml", "entities:\n  - id: topic:x\n    kind: TOPIC\n");

        var result = graph.Load();

        Assert.Equal(2, result.Problems.Count);
        ProblemAssert.Has(result, File, "topic:x", "entity has no evidence");
        ProblemAssert.Has(result, File, "topic:x", "entity has no name");
    }
}
