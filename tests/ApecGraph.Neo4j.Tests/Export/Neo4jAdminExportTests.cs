using System.Text;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Export;
using ApecGraph.Neo4j.Import;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Export;

/// <summary>The neo4j-admin files, parsed back here by an RFC 4180 reader of their own (quotes doubled, line breaks inside
/// quotes) and compared with the graph and with the rows the online import sends.</summary>
public sealed class Neo4jAdminExportTests : IDisposable
{
    private const char Delimiter = '\u001F';
    private readonly string folder = Directory.CreateTempSubdirectory("apecgraph-neo4j-admin-").FullName;
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Headers_name_ids_labels_types_and_typed_properties()
    {
        await Neo4jAdminExport.WriteAsync(new KnowledgeGraphContent(RepositoryGraph.Graph), folder, "g1", DateTimeOffset.UnixEpoch, Token);

        var entities = Read(Neo4jAdminExport.EntitiesFile)[0];
        var relations = Read(Neo4jAdminExport.RelationsFile)[0];
        var info = Read(Neo4jAdminExport.GraphInfoFile)[0];

        Assert.Equal("id:ID(Entity)", entities[0]);
        Assert.Contains(":LABEL", entities);
        Assert.Contains("aliases:string[]", entities);
        Assert.Contains("evidenceQuotes:string[]", entities);
        Assert.Contains("evidenceStarts:long[]", entities);
        Assert.Contains("evidenceSupports:string[]", entities);
        Assert.Contains("prop_startDate", entities);
        Assert.Contains("gen", entities);
        Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], relations.Take(3));
        Assert.Contains("evidenceEnds:long[]", relations);
        Assert.Equal("key:ID(GraphInfo)", info[0]);
        Assert.Contains("kindCounts:long[]", info);
        Assert.Contains("entities:long", info);
    }

    [Fact]
    public async Task Every_row_is_the_online_imports_row()
    {
        var graph = RepositoryGraph.Graph;
        var (entityCount, relationCount) = await Neo4jAdminExport.WriteAsync(new KnowledgeGraphContent(graph), folder, "g1", DateTimeOffset.UnixEpoch, Token);

        var entities = Records(Neo4jAdminExport.EntitiesFile);
        var relations = Records(Neo4jAdminExport.RelationsFile);
        var info = Assert.Single(Records(Neo4jAdminExport.GraphInfoFile));

        Assert.Equal((graph.Entities.Count, graph.Relations.Count), (entities.Count, relations.Count));
        Assert.Equal((graph.Entities.Count, graph.Relations.Count), ((int)entityCount, (int)relationCount));
        foreach (var (entity, row) in graph.Entities.Zip(entities))
        {
            Assert.Equal(Texts(ImportRows.Entity(entity, "g1", graph.DocumentTexts.GetValueOrDefault(entity.Id))), Without(row, ":LABEL"));
            Assert.Equal($"Entity{Delimiter}{entity.Kind}", row[":LABEL"]);
        }
        foreach (var (relation, row) in graph.Relations.Zip(relations))
        {
            var expected = Texts((Dictionary<string, object?>)ImportRows.Relation(relation, "g1")["properties"]!);
            Assert.Equal(expected, Without(row, ":START_ID", ":END_ID", ":TYPE"));
            Assert.Equal((relation.From, relation.To, relation.Type), (row[":START_ID"], row[":END_ID"], row[":TYPE"]));
        }
        Assert.Equal(("current", "g1", "GraphInfo", GraphVersion.Of(graph)), (info["key"], info["gen"], info[":LABEL"], info["version"]));
        Assert.Equal(graph.Entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), info["entities:long"]);
    }

    [Fact]
    public async Task Quotes_commas_line_breaks_and_empty_texts_survive_quoting()
    {
        var tricky = "He said \"yes, now\",\r\nthen left\n\"";
        var entity = new Entity
        {
            Id = "person:x", Kind = EntityKind.Person, Name = tricky, Aliases = ["a, b", "\"c\""], Description = "",
            Evidence = [new Evidence("document:d", tricky) { Supports = ["honorific", "gender"] }, new Evidence("document:d", "plain")],
        };
        await Neo4jAdminExport.WriteAsync(new OneEntity(entity), folder, "g1", DateTimeOffset.UnixEpoch, Token);

        var row = Assert.Single(Records(Neo4jAdminExport.EntitiesFile));

        Assert.Equal(tricky, row["name"]);
        Assert.Equal("", row["description"]);
        Assert.True(File.ReadAllText(Path.Combine(folder, Neo4jAdminExport.EntitiesFile)).Contains(",\"\",", StringComparison.Ordinal)); // "" kept apart from absent
        Assert.Equal(["a, b", "\"c\""], row["aliases:string[]"]!.Split(Delimiter));
        Assert.Equal([tricky, "plain"], row["evidenceQuotes:string[]"]!.Split(Delimiter));
        Assert.Equal(["honorific,gender", ""], row["evidenceSupports:string[]"]!.Split(Delimiter));
        Assert.Equal(["-1", "-1"], row["evidenceStarts:long[]"]!.Split(Delimiter));
        Assert.Null(row["text"]);
    }

    [Fact]
    public async Task A_value_holding_the_array_delimiter_is_refused()
    {
        var entity = new Entity { Id = "person:x", Kind = EntityKind.Person, Name = "x", Aliases = [$"a{Delimiter}b"] };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Neo4jAdminExport.WriteAsync(new OneEntity(entity), folder, "g1", DateTimeOffset.UnixEpoch, Token));

        Assert.Contains("array delimiter", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, Neo4jAdminExport.EntitiesFile)));
    }

    private sealed class OneEntity(Entity entity) : IGraphContent
    {
        public string Version => "v";
        public int EntityCount => 1;
        public int RelationCount => 0;
        public IReadOnlyList<KindCount> EntitiesByKind => [.. Enum.GetValues<EntityKind>().Select(k => new KindCount(k, k == entity.Kind ? 1 : 0))];
        public IEnumerable<Entity> Entities => [entity];
        public IEnumerable<Relation> Relations => [];
        public string? DocumentText(string entityId) => null;
    }

    /// <summary>A row as the online import sends it, each value as its CSV field reads back: lists joined, numbers in
    /// invariant text, nulls left out.</summary>
    private static Dictionary<string, string> Texts(Dictionary<string, object?> row) => row.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value switch
    {
        string[] texts => string.Join(Delimiter, texts),
        int[] numbers => string.Join(Delimiter, numbers),
        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    });

    /// <summary>The row's non-empty fields by property name (header types and ID spaces cut off), but for <paramref name="skip"/>.</summary>
    private static Dictionary<string, string> Without(Dictionary<string, string?> row, params string[] skip) => row
        .Where(p => p.Value is not null && !skip.Contains(p.Key))
        .ToDictionary(p => p.Key.Split(':')[0], p => p.Value!);

    private List<Dictionary<string, string?>> Records(string file)
    {
        var rows = Read(file);
        return [.. rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(
            p => p.First!.StartsWith(':') ? p.First.Split('(')[0] : p.First.Contains("ID(", StringComparison.Ordinal) ? p.First.Split(':')[0] : p.First,
            p => p.Second))];
    }

    /// <summary>RFC 4180 with LF line ends: a field is null when empty and unquoted, "" when quoted and empty.</summary>
    private List<List<string?>> Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(folder, file), Encoding.UTF8);
        var rows = new List<List<string?>>();
        var row = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = wasQuoted = true; break;
                case ',': row.Add(End()); break;
                case '\n': row.Add(End()); rows.Add(row); row = []; break;
                default: field.Append(c); break;
            }
        }
        Assert.Empty(row);
        return rows;

        string? End()
        {
            var value = field.Length == 0 && !wasQuoted ? null : field.ToString();
            field.Clear();
            wasQuoted = false;
            return value;
        }
    }
}
