using ApecGraph.Core.Loading;

namespace ApecGraph.Core.Tests.Support;

/// <summary>A throw-away repository layout (graph-seeds/ + seeds/) in the temp folder, with one small source text.</summary>
public sealed class TempGraph : IDisposable
{
    public const string SourceFile = "release.txt";

    /// <summary>Wraps sentences across lines and uses typographic quotes, like the real sources.</summary>
    public const string SourceText = """
        Media Release – Malaysia chairs the first fully virtual meeting

        Malaysia successfully chaired the APEC Virtual
        Extraordinary Senior Officials’ Meeting (VESOM) on COVID-19 yesterday, 27 May 2020.
        The 4-hour meeting began at 7pm Malaysian time.
        Dato’ Sri Hairil Yahri Yaacob, Secretary General of MITI, chaired the meeting.
        """;

    /// <summary>A valid file: a document, two entities with properties, and a relation.</summary>
    public const string ValidYaml = """
        entities:
          - id: document:release
            kind: DOCUMENT
            name: Media release
            properties:
              source: release.txt
              title: Media Release – Malaysia chairs the first fully virtual meeting
            evidence:
              - doc: document:release
                quote: Media Release – Malaysia chairs the first fully virtual meeting
                supports: [title]
          - id: economy:malaysia
            kind: ECONOMY
            name: Malaysia
            evidence:
              - doc: document:release
                quote: Malaysia successfully chaired
          - id: meeting:vesom
            kind: MEETING
            name: APEC Virtual Extraordinary Senior Officials’ Meeting on COVID-19
            aliases: [VESOM]
            properties:
              startDate: "2020-05-27"
              format: VIRTUAL
            evidence:
              - doc: document:release
                quote: Senior Officials’ Meeting (VESOM) on COVID-19 yesterday, 27 May 2020.
                supports: [startDate]
              - doc: document:release
                quote: Malaysia chairs the first fully virtual meeting
                supports: [format]
        relations:
          - from: economy:malaysia
            type: CHAIRED
            to: meeting:vesom
            evidence:
              - doc: document:release
                quote: Malaysia successfully chaired the APEC Virtual Extraordinary Senior Officials’ Meeting (VESOM)
        """;

    public TempGraph()
    {
        Root = Path.Combine(Path.GetTempPath(), "apecgraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(GraphSeeds);
        Directory.CreateDirectory(Seeds);
        File.WriteAllText(Path.Combine(Seeds, SourceFile), SourceText);
    }

    public string Root { get; }
    public string GraphSeeds => Path.Combine(Root, GraphSources.GraphSeedsFolderName);
    public string Seeds => Path.Combine(Root, GraphSources.SourcesFolderName);
    public GraphSources Sources => GraphSources.FromRoot(Root);

    /// <summary>A temp graph holding <see cref="ValidYaml"/> as graph-seeds/base.yaml.</summary>
    public static TempGraph WithValidBase() => new TempGraph().Write("base.yaml", ValidYaml);

    public TempGraph Write(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(GraphSeeds, fileName), yaml);
        return this;
    }

    public LoadResult Load() => GraphLoader.Load(Sources);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder is harmless
        }
    }
}
