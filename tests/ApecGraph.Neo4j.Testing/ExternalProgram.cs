using System.Diagnostics;

namespace ApecGraph.Neo4j.Testing;

/// <summary>Runs a program the tests need from the machine (node, npm), bounded in time.</summary>
public static class ExternalProgram
{
    /// <summary>Exit code and output (stdout, then stderr); exit -1 and the reason when the program is not installed.</summary>
    public static (int Exit, string Output) Run(string program, string arguments, string folder, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        try
        {
            var start = new ProcessStartInfo(program, arguments)
            {
                WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
