using System.Text.Json;
using ApecGraph.Neo4j.Testing;

namespace ApecGraph.Api.Tests.Examples;

/// <summary>Executes a notebook with Debian's Jupyter (<c>/usr/bin/python3 -m nbconvert</c>) on a kernel that is
/// that same interpreter, in a temporary folder; <c>python3</c> on PATH may be another one without the packages.</summary>
public static class NotebookRunner
{
    public const string Python = "/usr/bin/python3";
    private const string KernelName = "apecgraph-debian-python3";

    /// <summary>Null when <see cref="Python"/> has everything the notebook and nbconvert need, else why not.</summary>
    public static string? MissingPrerequisite()
    {
        if (!File.Exists(Python)) return $"{Python} is not installed (apt-get install python3)";
        var (exit, output) = ExternalProgram.Run(Python, "-c \"import networkx, matplotlib, nbconvert, ipykernel\"", "/", TimeSpan.FromMinutes(1));
        return exit == 0 ? null
            : $"{Python} lacks a package the notebook needs (apt-get install python3-networkx python3-matplotlib jupyter-nbconvert python3-ipykernel): {output.Trim()}";
    }

    /// <summary>Runs a copy of <paramref name="notebook"/> in <paramref name="folder"/>; returns nbconvert's exit, its
    /// messages and the executed notebook's path (absent when it failed before writing one).</summary>
    public static (int Exit, string Messages, string Executed) Execute(string notebook, string folder, IReadOnlyDictionary<string, string> variables)
    {
        var kernel = Directory.CreateDirectory(Path.Combine(folder, "jupyter", "kernels", KernelName)).FullName;
        File.WriteAllText(Path.Combine(kernel, "kernel.json"), JsonSerializer.Serialize(new
        {
            argv = new[] { Python, "-m", "ipykernel_launcher", "-f", "{connection_file}" },
            display_name = "Debian's Python 3", language = "python",
        }));
        var input = Path.Combine(folder, Path.GetFileName(notebook));
        File.Copy(notebook, input, overwrite: true);
        // Jupyter, IPython and matplotlib read and write only under the temporary folder.
        var environment = new Dictionary<string, string>(variables)
        {
            ["JUPYTER_PATH"] = Path.Combine(folder, "jupyter"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(folder, "jupyter-config"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(folder, "jupyter-runtime"),
            ["IPYTHONDIR"] = Path.Combine(folder, "ipython"),
            ["MPLCONFIGDIR"] = Path.Combine(folder, "matplotlib"),
            ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1",
        };
        var output = Path.Combine(folder, "executed");
        var (exit, messages) = ExternalProgram.Run(Python,
            $"-m nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name={KernelName} --ExecutePreprocessor.timeout=120 --output-dir \"{output}\" \"{input}\"",
            folder, TimeSpan.FromMinutes(4), environment);
        return (exit, messages, Path.Combine(output, Path.GetFileName(notebook)));
    }

    /// <summary>What the code cells printed, in order.</summary>
    public static string PrintedText(string executedNotebook)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(executedNotebook));
        var printed = document.RootElement.GetProperty("cells").EnumerateArray()
            .Where(cell => cell.TryGetProperty("outputs", out _))
            .SelectMany(cell => cell.GetProperty("outputs").EnumerateArray())
            .Where(output => output.GetProperty("output_type").GetString() == "stream")
            .Select(output => output.GetProperty("text") is { ValueKind: JsonValueKind.Array } lines
                ? string.Concat(lines.EnumerateArray().Select(line => line.GetString()))
                : output.GetProperty("text").GetString());
        return string.Concat(printed);
    }
}
