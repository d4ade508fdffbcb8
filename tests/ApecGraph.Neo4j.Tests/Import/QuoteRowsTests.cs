using ApecGraph.Core.Model;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Import;

/// <summary>What the import writes for the document page: the evidence positions as parallel lists the quoted-facts
/// statement filters and orders on, and each document's text.</summary>
public sealed class QuoteRowsTests
{
    private static readonly KnowledgeGraph Graph = RepositoryGraph.Graph;

    [Fact]
    public void A_relations_row_lists_its_evidence_documents_starts_and_ends_in_order()
    {
        var relation = Graph.Relations.First(r => r.Type == "CHAIRED" && r.Evidence.Count > 1);

        var properties = (Dictionary<string, object?>)ImportRows.Relation(relation, "gen")["properties"]!;

        Assert.Equal(relation.Evidence.Select(e => e.DocumentId), (string[])properties[Stored.EvidenceDocs]!);
        Assert.Equal(relation.Evidence.Select(e => e.Start!.Value), (int[])properties[Stored.EvidenceStarts]!);
        Assert.Equal(relation.Evidence.Select(e => e.End!.Value), (int[])properties[Stored.EvidenceEnds]!);
    }

    [Fact]
    public void Mentions_keep_their_evidence_and_the_quoted_facts_statement_leaves_them_out_by_type()
    {
        var mention = Graph.Relations.First(r => r.Type == Vocabulary.Mentions);

        var properties = (Dictionary<string, object?>)ImportRows.Relation(mention, "gen")["properties"]!;
        var facts = ApecGraph.Neo4j.Store.QuoteStatement.Facts(["document:x"], 10);

        Assert.Equal(mention.Evidence.Select(e => e.Quote), (string[])properties[Stored.EvidenceQuotes]!);
        Assert.Contains("type(r) <> $mentions", facts.Text, StringComparison.Ordinal);
        Assert.Equal(Vocabulary.Mentions, facts.Parameters["mentions"]);
    }

    [Fact]
    public void A_documents_row_carries_its_text_as_stored()
    {
        var document = Graph.Entities.First(e => e.Id == "document:miti-vesom-2020");
        var stored = File.ReadAllText(Path.Combine(RepositoryGraph.Sources.SourcesDirectory, document.Property("source")!));

        var row = ImportRows.Entity(document, "gen", Graph.DocumentTexts.GetValueOrDefault(document.Id));

        Assert.Equal(stored, row[Stored.Text]);
    }
}
