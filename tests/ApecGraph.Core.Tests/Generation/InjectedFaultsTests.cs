using ApecGraph.Core.Generation;
using ApecGraph.Core.Loading;

namespace ApecGraph.Core.Tests.Generation;

/// <summary>At 10,000 entities (48,000 relations) the loader still reports each problem with its file and line.</summary>
public sealed class InjectedFaultsTests : IDisposable
{
    private readonly string root = GeneratedGraph.NewRoot();

    public void Dispose() => GeneratedGraph.Delete(root);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Three_faults_in_three_files_are_each_reported_at_their_file_and_line(bool throughYamlReader)
    {
        GraphGenerator.Generate(10_000, 3, root);
        if (throughYamlReader)
        {
            // A comment takes each file out of the fast reader's layout.
            foreach (var file in Directory.GetFiles(Path.Combine(root, GraphSources.GraphSeedsFolderName), "*.yaml"))
            {
                File.WriteAllText(file, "# read by YamlDotNet\n" + File.ReadAllText(file));
            }
        }
        var person = Break("people-0001.yaml", "    kind: PERSON", 100, line => line + "A", "  - id: ");
        var relation = Break("relations-0001.yaml", "    to: ", 5_000, _ => "    to: meeting:ghost", "  - from: ");
        var quote = Break("proposals-0001.yaml", "        quote: \"", 50, line => line.Replace("quote: \"", "quote: \"Not ", StringComparison.Ordinal), "      - doc: ");

        var problems = GraphLoader.Load(GraphSources.FromRoot(root)).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(3, problems.Count);
        Assert.StartsWith($"graph-seeds/people-0001.yaml:{person.Line}: {person.Subject}: unknown kind \"PERSONA\"", problems[0], StringComparison.Ordinal);
        Assert.StartsWith($"graph-seeds/proposals-0001.yaml:{quote.Line}: {quote.Subject}: quote not found in record-", problems[1], StringComparison.Ordinal);
        Assert.Equal($"graph-seeds/relations-0001.yaml:{relation.Line}: {relation.Subject}: to \"meeting:ghost\" does not exist", problems[2]);
    }

    /// <summary>Rewrites the <paramref name="nth"/> line of the file that starts with <paramref name="prefix"/>; returns the
    /// 1-based line of the item it belongs to (the nearest line above starting with <paramref name="itemStart"/>) and
    /// that item's subject as the loader names it.</summary>
    private (int Line, string Subject) Break(string file, string prefix, int nth, Func<string, string> change, string itemStart)
    {
        var path = Path.Combine(root, GraphSources.GraphSeedsFolderName, file);
        var lines = File.ReadAllLines(path);
        var at = lines.Index().Where(l => l.Item.StartsWith(prefix, StringComparison.Ordinal)).Skip(nth - 1).First().Index;
        lines[at] = change(lines[at]);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");

        var item = Enumerable.Range(0, at + 1).Reverse().First(i => lines[i].StartsWith(itemStart, StringComparison.Ordinal));
        var record = Enumerable.Range(0, at + 1).Reverse().First(i => lines[i].StartsWith("  - ", StringComparison.Ordinal));
        string Field(string name) => lines.Skip(record).First(l => l.TrimStart(' ', '-').StartsWith(name + ": ", StringComparison.Ordinal))
            .Split(": ", 2)[1];
        var subject = lines[record].StartsWith("  - from: ", StringComparison.Ordinal)
            ? $"{Field("from")} -{Field("type")}-> {Field("to")}"
            : Field("id");
        return (item + 1, subject);
    }
}
