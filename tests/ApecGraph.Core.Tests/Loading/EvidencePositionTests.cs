using System.Text.RegularExpressions;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Model;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

/// <summary>Each quote's start and end in its document's source text, as stored under seeds/.</summary>
public sealed partial class EvidencePositionTests
{
    [Fact]
    public void Every_evidence_of_the_real_graph_spans_its_quote_in_the_stored_text()
    {
        var sources = RepositoryPaths.Sources;
        var graph = GraphLoader.Load(sources).Graph!;
        var files = graph.Entities.Where(e => e.Kind == EntityKind.Document && e.Property("source") is not null)
            .ToDictionary(e => e.Id, e => File.ReadAllText(Path.Combine(sources.SourcesDirectory, e.Property("source")!)));
        var all = graph.Entities.SelectMany(e => e.Evidence).Concat(graph.Relations.SelectMany(r => r.Evidence)).ToList();

        Assert.True(all.Count > 100, $"only {all.Count} evidence");
        foreach (var evidence in all)
        {
            Assert.True(evidence.Start is not null && evidence.End is not null, $"no position for \"{evidence.Quote}\"");
            var text = files[evidence.DocumentId];
            Assert.Equal(Folded(evidence.Quote), Folded(text[evidence.Start.Value..evidence.End.Value]));
        }
    }

    [Fact]
    public void A_quote_across_a_line_break_spans_the_break_in_the_stored_text()
    {
        using var temp = TempGraph.WithValidBase();
        var graph = temp.Load().Graph!;

        var chaired = graph.Relations.Single(r => r.Type == "CHAIRED").Evidence.Single();

        // "...the APEC Virtual\nExtraordinary Senior Officials’ Meeting (VESOM)" in TempGraph.SourceText
        var text = TempGraph.SourceText;
        Assert.Equal(text.IndexOf("Malaysia successfully", StringComparison.Ordinal), chaired.Start);
        Assert.Equal(text.IndexOf("(VESOM)", StringComparison.Ordinal) + "(VESOM)".Length, chaired.End);
        Assert.Contains('\n', text[chaired.Start!.Value..chaired.End!.Value]);
    }

    [Fact]
    public void Offsets_count_utf16_code_units_and_map_runs_of_spaces_back_to_the_stored_text()
    {
        using var temp = new TempGraph();
        File.WriteAllText(Path.Combine(temp.Seeds, "wide.txt"), "🌏 Asia\u2013Pacific  \r\n   trade grows.\n");
        temp.Write("wide.yaml", """
            entities:
              - id: document:wide
                kind: DOCUMENT
                name: Wide
                properties:
                  source: wide.txt
                evidence:
                  - doc: document:wide
                    quote: Asia–Pacific trade
            """);

        var evidence = temp.Load().Graph!.Entities.Single().Evidence.Single();

        // The globe is two UTF-16 code units (a surrogate pair), then a space: the quote starts at 3; "Asia–Pacific" is
        // 12 units, the run "  \r\n   " 7, "trade" 5: it ends at 3 + 12 + 7 + 5 = 27.
        Assert.Equal(3, evidence.Start);
        Assert.Equal(27, evidence.End);
    }

    [Fact]
    public void The_graph_keeps_each_documents_stored_text()
    {
        var sources = RepositoryPaths.Sources;
        var graph = GraphLoader.Load(sources).Graph!;

        var release = graph.Entities.Single(e => e.Id == "document:miti-vesom-2020");
        Assert.Equal(File.ReadAllText(Path.Combine(sources.SourcesDirectory, "000_fa8b4b861ec3433a.txt")), graph.DocumentTexts[release.Id]);
        Assert.DoesNotContain("document:malaysia-letter-1540-chair-2020-10-08", graph.DocumentTexts.Keys);
    }

    private static string Folded(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
