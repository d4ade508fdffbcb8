using ApecGraph.Api.Tests.GraphiQL;
using ApecGraph.Core.Loading;

namespace ApecGraph.Api.Tests.Examples;

/// <summary>examples/apecgraph-research.ipynb run once, as a researcher would, against the API on a real port;
/// holds what it printed and wrote, or why it could not run here.</summary>
public sealed class ExecutedNotebook : IAsyncLifetime
{
    public const string PictureName = "chile-1540-neighbourhood.png";
    private readonly string folder = Directory.CreateTempSubdirectory("apecgraph-notebook-").FullName;
    private GraphiQLHost? host;
    private string? skipReason;

    public static string? CommittedPath =>
        GraphSources.Locate() is { } sources ? Path.Combine(sources.DisplayRoot, "examples", "apecgraph-research.ipynb") : null;

    public string Printed { get; private set; } = "";

    public string OutFolder => Path.Combine(folder, "out");

    /// <summary>A client of the same API the notebook read.</summary>
    public HttpClient Client => host!.CreateClient();

    public ValueTask InitializeAsync()
    {
        skipReason = Run();
        return ValueTask.CompletedTask;
    }

    /// <summary>Null once the notebook ran; why it cannot run here otherwise. Throws when it ran and failed.</summary>
    private string? Run()
    {
        if (CommittedPath is not { } notebook || !File.Exists(notebook))
            return "examples/apecgraph-research.ipynb is not here (tests run outside the repository)";
        if (NotebookRunner.MissingPrerequisite() is { } missing) return missing;
        host = new GraphiQLHost();
        var (exit, messages, executed) = NotebookRunner.Execute(notebook, folder, new Dictionary<string, string>
        {
            ["APECGRAPH_URL"] = host.BaseAddress.ToString(),
            ["APECGRAPH_OUT"] = OutFolder,
        });
        if (exit != 0) throw new InvalidOperationException($"the notebook failed (nbconvert exit {exit}):\n{messages}");
        Printed = NotebookRunner.PrintedText(executed);
        return null;
    }

    public void SkipIfNotRun()
    {
        if (skipReason is not null) Assert.Skip("Notebook not run: " + skipReason);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
