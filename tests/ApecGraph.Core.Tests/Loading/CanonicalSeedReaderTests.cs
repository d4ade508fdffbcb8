using System.Text.Json;
using ApecGraph.Core.Generation;
using ApecGraph.Core.Loading;
using ApecGraph.Core.Tests.Generation;
using ApecGraph.Core.Tests.Support;

namespace ApecGraph.Core.Tests.Loading;

public sealed class CanonicalSeedReaderTests : IDisposable
{
    private readonly string root = GeneratedGraph.NewRoot();

    public void Dispose() => GeneratedGraph.Delete(root);

    private string GraphSeeds => Path.Combine(root, GraphSources.GraphSeedsFolderName);

    private static bool Fast(string file) => CanonicalSeedReader.TryRead(file, Path.GetFileName(file), [], []);

    [Fact]
    public void A_generated_graph_loads_the_same_through_the_fast_reader_and_the_yaml_reader()
    {
        GraphGenerator.Generate(2_000, 11, root);
        var files = Directory.GetFiles(GraphSeeds, "*.yaml");
        Assert.All(files, file => Assert.True(Fast(file), file));
        var fast = JsonSerializer.Serialize(GraphLoader.Load(GraphSources.FromRoot(root)).Graph);

        // A comment is valid YAML outside the fast reader's layout: the whole file goes to the YAML reader.
        foreach (var file in files)
        {
            File.WriteAllText(file, "# the same file, read by YamlDotNet\n" + File.ReadAllText(file));
        }
        Assert.All(files, file => Assert.False(Fast(file), file));
        var yaml = JsonSerializer.Serialize(GraphLoader.Load(GraphSources.FromRoot(root)).Graph);

        Assert.True(fast.Length > 1_000_000, "the graph was serialised");
        Assert.Equal(yaml, fast);
    }

    [Fact]
    public void The_curated_graph_is_left_to_the_yaml_reader()
    {
        // Block texts, plain texts with spaces and comments: none of it is the fast reader's layout.
        var files = Directory.GetFiles(RepositoryPaths.Sources.GraphSeedsDirectory, "*.yaml");
        Assert.All(files, file => Assert.False(Fast(file), file));
    }

    [Theory]
    [InlineData("relations:\n  - from: a:b\n    type: X\n    to: c:d\n    evidence:\n      - doc: document:x\n        quote: \"q\"\n", true)]
    [InlineData("relations:\n  - from: a:b\n    type: X\n    type: Y\n", false)]           // a repeated field: YAML's error
    [InlineData("relations:\n  - from: a:b\n    colour: red\n", false)]                    // an unknown field: reported by the YAML path
    [InlineData("relations:\n  - from: a:b\n    note:\n", false)]                          // an empty value
    [InlineData("relations:\n  - from: a:b\n    note: \"x\\ty\"\n", false)]                // an escape other than \\ and \"
    [InlineData("relations:\n  - from: a:b\n    note: null\n", false)]                     // a word YAML reads as null
    [InlineData("relations:\n  - from: a:b\n    evidence:\n      - doc: d:x\n        supports: [a, \"b, c\"]\n", true)]
    [InlineData("relations:\n  - from: a:b\n    evidence:\n      - doc: d:x\n        supports: [a,b]\n", false)]
    [InlineData("relations:\n\n  - from: a:b\n", false)]                                    // a blank line
    [InlineData("relations:\n  - from: a:b\n     to: c:d\n", false)]                        // an odd indent
    public void Anything_outside_the_layout_is_left_to_the_yaml_reader(string yaml, bool fast)
    {
        Directory.CreateDirectory(root);
        var file = Path.Combine(root, "x.yaml");
        File.WriteAllText(file, yaml);
        Assert.Equal(fast, Fast(file));
    }
}
