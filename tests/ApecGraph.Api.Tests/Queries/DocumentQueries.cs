using System.Text.Json;
using System.Text.RegularExpressions;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Loading;

namespace ApecGraph.Api.Tests.Queries;

/// <summary>A document's text, each quote's start and end in it, and every fact quoting it (Document.quotedBy).</summary>
public abstract partial class DocumentQueries(IApiUnderTest api)
{
    private const string Release = "document:miti-vesom-2020";
    private const string ReleaseFile = "000_fa8b4b861ec3433a.txt";

    private const string PageQuery = """
        query($id: ID!) { entity(id: $id) { ... on Document { id source text quotedBy(first: 500) {
            evidence { quote start end supports }
            relation { id type from { id } to { id } }
            entity { id }
        } } } }
        """;

    private static readonly GraphSources Sources = GraphSources.Locate()!;

    private static string StoredText(string file) => File.ReadAllText(Path.Combine(Sources.SourcesDirectory, file));

    [Fact]
    public async Task A_documents_text_is_its_source_file_as_stored_and_null_without_one()
    {
        var data = await api.CreateClient().QueryAsync("""
            { release: entity(id: "document:miti-vesom-2020") { ... on Document { text } }
              letter: entity(id: "document:malaysia-letter-1540-chair-2020-10-08") { ... on Document { text } } }
            """);

        Assert.Equal(StoredText(ReleaseFile), data.GetProperty("release").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("letter").GetProperty("text").ValueKind);
    }

    [Fact]
    public async Task Every_quote_of_a_document_is_listed_with_its_fact_and_spans_its_words_in_the_text()
    {
        var document = (await api.CreateClient().QueryAsync(PageQuery, new { id = Release })).GetProperty("entity");
        var text = StoredText(ReleaseFile);
        var quotes = document.GetProperty("quotedBy").EnumerateArray().ToList();

        // as many as graph-seeds/ has evidence items citing the release (counted in the YAML text itself)
        Assert.Equal(EvidenceLinesCiting(Release), quotes.Count);
        var previousStart = -1;
        foreach (var quote in quotes)
        {
            var evidence = quote.GetProperty("evidence");
            var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
            Assert.Equal(Folded(evidence.GetProperty("quote").GetString()!), Folded(text[start..end]));
            Assert.True(start >= previousStart, "quotes out of text order");
            previousStart = start;
            Assert.True(quote.GetProperty("relation").ValueKind == JsonValueKind.Null ^ quote.GetProperty("entity").ValueKind == JsonValueKind.Null);
            if (quote.GetProperty("relation").ValueKind == JsonValueKind.Object)
                Assert.NotEqual("MENTIONS", quote.GetProperty("relation").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task A_relations_quote_across_a_line_break_has_its_offsets_and_both_ends()
    {
        var document = (await api.CreateClient().QueryAsync(PageQuery, new { id = Release })).GetProperty("entity");
        var text = StoredText(ReleaseFile);
        const string quoted = "Malaysia successfully chaired the APEC Virtual Extraordinary Senior Officials’ Meeting (VESOM) on COVID-19";

        var chaired = document.GetProperty("quotedBy").EnumerateArray()
            .Single(q => q.GetProperty("evidence").GetProperty("quote").GetString() == quoted
                && q.GetProperty("relation") is { ValueKind: JsonValueKind.Object } r && r.GetProperty("type").GetString() == "CHAIRED");

        var relation = chaired.GetProperty("relation");
        Assert.Equal("CHAIRED", relation.GetProperty("type").GetString());
        Assert.Equal("economy:malaysia", relation.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("meeting:vesom-2020-05-27", relation.GetProperty("to").GetProperty("id").GetString());
        var start = text.IndexOf("Malaysia successfully chaired", StringComparison.Ordinal);
        Assert.Equal(start, chaired.GetProperty("evidence").GetProperty("start").GetInt32());
        Assert.Equal(text.IndexOf("on COVID-19", start, StringComparison.Ordinal) + "on COVID-19".Length, chaired.GetProperty("evidence").GetProperty("end").GetInt32());
    }

    [Fact]
    public async Task An_entitys_quote_names_the_entity_and_the_properties_it_supports()
    {
        var document = (await api.CreateClient().QueryAsync(PageQuery, new { id = Release })).GetProperty("entity");

        var published = document.GetProperty("quotedBy").EnumerateArray()
            .Single(q => q.GetProperty("evidence").GetProperty("quote").GetString() == "Ministry of International Trade & Industry (MITI) 28 May 2020"
                && q.GetProperty("entity") is { ValueKind: JsonValueKind.Object } e && e.GetProperty("id").GetString() == Release);

        Assert.Equal(Release, published.GetProperty("entity").GetProperty("id").GetString());
        // in the stored text the date is two lines below the ministry's name
        var text = StoredText(ReleaseFile);
        var start = text.IndexOf("Ministry of International Trade & Industry (MITI)", StringComparison.Ordinal);
        Assert.Equal(start, published.GetProperty("evidence").GetProperty("start").GetInt32());
        Assert.Equal(text.IndexOf("28 May 2020", start, StringComparison.Ordinal) + "28 May 2020".Length, published.GetProperty("evidence").GetProperty("end").GetInt32());
        Assert.Equal(["published"], published.GetProperty("evidence").GetProperty("supports").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Evidence_on_a_relation_carries_the_same_offsets()
    {
        var data = await api.CreateClient().QueryAsync("""
            { entity(id: "economy:malaysia") { relations(types: ["CHAIRED"], direction: OUT) { to { id } evidence { quote start end document { id } } } } }
            """);
        var text = StoredText(ReleaseFile);

        var vesom = data.GetProperty("entity").GetProperty("relations").EnumerateArray()
            .Single(r => r.GetProperty("to").GetProperty("id").GetString() == "meeting:vesom-2020-05-27");
        var first = vesom.GetProperty("evidence")[0];
        Assert.Equal(text.IndexOf("Malaysia successfully chaired", StringComparison.Ordinal), first.GetProperty("start").GetInt32());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(501)]
    public async Task First_out_of_range_is_invalid_argument(int first)
    {
        var response = await api.CreateClient().PostAsync("""
            query($first: Int!) { entity(id: "document:miti-vesom-2020") { ... on Document { quotedBy(first: $first) { evidence { start } } } } }
            """, new { first });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task First_keeps_the_quotes_that_start_first()
    {
        var data = await api.CreateClient().QueryAsync("""
            { entity(id: "document:miti-vesom-2020") { ... on Document { text quotedBy(first: 2) { evidence { start } } } } }
            """);

        var starts = data.GetProperty("entity").GetProperty("quotedBy").EnumerateArray().Select(q => q.GetProperty("evidence").GetProperty("start").GetInt32()).ToList();
        Assert.Equal([0, 0], starts); // the title line opens the text, and two facts quote it
    }

    private static int EvidenceLinesCiting(string document) =>
        Directory.EnumerateFiles(Sources.GraphSeedsDirectory, "*.yaml")
            .Sum(file => File.ReadLines(file).Count(line => line.Trim() == $"- doc: {document}"));

    private static string Folded(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

[Collection(SharedApi.Name)]
public sealed class DocumentQueriesOnEmbeddedStore(RepositoryApi api) : DocumentQueries(api);
