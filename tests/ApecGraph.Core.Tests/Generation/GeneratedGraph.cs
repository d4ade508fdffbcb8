using ApecGraph.Core.Generation;
using ApecGraph.Core.Loading;

namespace ApecGraph.Core.Tests.Generation;

/// <summary>A graph generated once into a temp folder and loaded through <see cref="GraphLoader"/>, shared by a test
/// class.</summary>
public sealed class GeneratedGraph : IDisposable
{
    public const int Entities = 2_000;
    public const long Seed = 7;

    public GeneratedGraph()
    {
        Root = NewRoot();
        Summary = GraphGenerator.Generate(Entities, Seed, Root);
        Result = GraphLoader.Load(GraphSources.FromRoot(Root));
    }

    public string Root { get; }
    public GenerationSummary Summary { get; }
    public LoadResult Result { get; }
    public string GraphSeeds => Path.Combine(Root, GraphSources.GraphSeedsFolderName);
    public string Seeds => Path.Combine(Root, GraphSources.SourcesFolderName);

    public static string NewRoot() => Path.Combine(Path.GetTempPath(), "apecgraph-tests", "gen-" + Guid.NewGuid().ToString("N"));

    public static void Delete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder is harmless
        }
    }

    public void Dispose() => Delete(Root);
}
