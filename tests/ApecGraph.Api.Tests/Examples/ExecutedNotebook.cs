using ApecGraph.Api.Tests.GraphiQL;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Core.Loading;

namespace ApecGraph.Api.Tests.Examples;

/// <summary>examples/apecgraph-research.ipynb run once, as a researcher would, against the API on a real port;
/// holds what it printed and wrote, or why it could not run here.</summary>
public abstract class ExecutedNotebook : IAsyncLifetime
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
        if (StartApi(out var unavailable) is not { } started) return unavailable;
        host = started;
        var (exit, messages, executed) = NotebookRunner.Execute(notebook, folder, new Dictionary<string, string>
        {
            ["APECGRAPH_URL"] = host.BaseAddress.ToString(),
            ["APECGRAPH_OUT"] = OutFolder,
        });
        if (exit != 0) throw new InvalidOperationException($"the notebook failed (nbconvert exit {exit}):\n{messages}");
        Printed = NotebookRunner.PrintedText(executed);
        return null;
    }

    /// <summary>The API the notebook reads, on a real port; null, and why, where its store cannot be had.</summary>
    protected abstract GraphiQLHost? StartApi(out string? unavailable);

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

/// <summary>The notebook on the API's embedded store.</summary>
public sealed class NotebookOnEmbeddedStore : ExecutedNotebook
{
    protected override GraphiQLHost StartApi(out string? unavailable)
    {
        unavailable = null;
        return new GraphiQLHost();
    }
}

/// <summary>The notebook on the API's Neo4j store, the graph the shared <see cref="Neo4jApi"/> imported.</summary>
public sealed class NotebookOnNeo4j(Neo4jApi neo4j) : ExecutedNotebook
{
    protected override GraphiQLHost? StartApi(out string? unavailable)
    {
        unavailable = neo4j.UnavailableReason;
        return neo4j.Settings is { } settings ? new GraphiQLHost(settings: settings) : null;
    }
}
