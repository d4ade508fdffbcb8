using System.Runtime.CompilerServices;
using System.Text.Json;
using ApecGraph.Neo4j.Testing;

namespace ApecGraph.Api.Tests.Exports;

/// <summary>Runs <c>read_export.py</c> (networkx, Python's csv module) on export files: a real reader, not ours.</summary>
public static class ExportReaders
{
    // python3 on PATH may be a pyenv without networkx; Debian's has python3-networkx.
    private static readonly string[] Interpreters = ["/usr/bin/python3", "python3", "python"];

    /// <summary>What the script printed for these files; skips, with the reason, when no Python here imports networkx.</summary>
    public static JsonElement Read(string mode, params string[] files)
    {
        var folder = ScriptFolder();
        var python = Interpreters.FirstOrDefault(p => ExternalProgram.Run(p, "-c \"import networkx\"", folder).Exit == 0)
            ?? SkipReturning<string>($"export read-back skipped: none of {string.Join(", ", Interpreters)} imports networkx (apt-get install python3-networkx)");
        var (exit, output) = ExternalProgram.Run(python, $"read_export.py {mode} {string.Join(' ', files.Select(f => $"\"{f}\""))}", folder);
        Assert.True(exit == 0, $"read_export.py {mode} exited {exit}:\n{output}");
        return JsonDocument.Parse(output.Split('\n').First(l => l.StartsWith('{'))).RootElement.Clone();
    }

    /// <summary>The count of each key in an object the script printed (kinds, types).</summary>
    public static IReadOnlyDictionary<string, int> Counts(JsonElement counts) =>
        counts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    private static string ScriptFolder([CallerFilePath] string source = "")
    {
        var folder = Path.GetDirectoryName(source)!;
        if (!File.Exists(Path.Combine(folder, "read_export.py")))
            Assert.Skip($"export read-back skipped: {folder}/read_export.py is not here (tests run outside the repository)");
        return folder;
    }

    private static T SkipReturning<T>(string reason)
    {
        Assert.Skip(reason);
        return default!;
    }
}
