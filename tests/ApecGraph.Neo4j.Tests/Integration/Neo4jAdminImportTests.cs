using ApecGraph.Core.Store;
using ApecGraph.Neo4j.Export;
using ApecGraph.Neo4j.Testing;
using ApecGraph.Neo4j.Tests.Support;

namespace ApecGraph.Neo4j.Tests.Integration;

/// <summary>The export read by neo4j-admin itself, where the machine has it (<c>NEO4J_ADMIN</c>, else <c>$NEO4J_HOME/bin/neo4j-admin</c>,
/// else <c>neo4j-admin</c> on the PATH); skipped, with the reason, where it has not. A dry run: neo4j-admin parses and
/// checks every file and writes no database.</summary>
public sealed class Neo4jAdminImportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("apecgraph-neo4j-admin-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Neo4j_admin_reads_every_file_of_the_export()
    {
        var admin = Environment.GetEnvironmentVariable("NEO4J_ADMIN")
            ?? (Environment.GetEnvironmentVariable("NEO4J_HOME") is { } home ? Path.Combine(home, "bin", "neo4j-admin") : "neo4j-admin");
        if (ExternalProgram.Run(admin, "--version", folder).Exit != 0)
            Assert.Skip($"neo4j-admin test skipped: '{admin}' does not run here (set NEO4J_ADMIN or NEO4J_HOME)");
        var graph = RepositoryGraph.Graph;
        await Neo4jAdminExport.WriteAsync(new KnowledgeGraphContent(graph), folder, "g1", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        var command = Neo4jAdminExport.Command(folder, "apecgraphcheck")["neo4j-admin ".Length..]
            .Replace(" --quote='\"'", "", StringComparison.Ordinal); // the default quote; a shell's quoting does not pass through ProcessStartInfo

        var (exit, output) = ExternalProgram.Run(admin, command + " --dry-run=true", folder, TimeSpan.FromMinutes(5));

        Assert.True(exit == 0, output);
        Assert.Contains(graph.Entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
    }
}
