using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ApecGraph.Api.Tests.Infrastructure;
using ApecGraph.Neo4j.Testing;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.HttpAudit;

/// <summary>
/// The endpoint checked by graphql-http's own GraphQL-over-HTTP audit (npm <c>graphql-http</c>, its <c>serverAudits</c>,
/// run with Node by <c>audit.mjs</c>) over real Kestrel: every MUST and every SHOULD of the draft it knows must be ok,
/// warnings included.
/// </summary>
public sealed class GraphQLOverHttpAuditTests
{
    [Fact]
    public void Every_graphql_over_http_audit_is_ok()
    {
        var audit = Auditor.FindOrSkip();
        using var api = new ApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        var (exit, output) = audit.Run(new Uri(new Uri(address), "/graphql"));

        var results = output.Split('\n').Where(line => line.StartsWith('{')).Select(line => JsonSerializer.Deserialize<AuditLine>(line, JsonSerializerOptions.Web)!).ToList();
        // graphql-http 1.23.1 has 61 server audits; fewer means the script did not run them all
        Assert.True(results.Count >= 60, $"only {results.Count} audit results; output:\n{output}");
        var failing = results.Where(r => r.Status != "ok").Select(r => $"{r.Id} {r.Status}: {r.Name} ({r.Reason})").ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {results.Count} audits not ok:\n" + string.Join('\n', failing));
        Assert.True(exit == 0, $"audit.mjs exited {exit}:\n{output}");
    }

    private sealed record AuditLine(string Id, string Name, string Status, string? Reason);

    /// <summary>Runs audit.mjs with Node, after <c>npm ci</c> from the committed lock file; skips where Node or npm is missing.</summary>
    private sealed class Auditor(string folder)
    {
        public static Auditor FindOrSkip([CallerFilePath] string source = "")
        {
            var folder = Path.GetDirectoryName(source)!;
            if (!File.Exists(Path.Combine(folder, "audit.mjs")))
                Assert.Skip($"GraphQL-over-HTTP audit skipped: {folder}/audit.mjs is not here (tests run outside the repository)");
            if (ExternalProgram.Run("node", "--version", folder).Exit != 0)
                Assert.Skip("GraphQL-over-HTTP audit skipped: Node.js is not installed (it runs graphql-http's audit from npm)");
            if (!IsInstalled(folder))
            {
                var (exit, output) = ExternalProgram.Run("npm", "ci --no-audit --no-fund", folder);
                if (exit != 0) Assert.Skip($"GraphQL-over-HTTP audit skipped: npm ci failed in {folder}: {output}");
            }
            return new Auditor(folder);
        }

        public (int Exit, string Output) Run(Uri url) => ExternalProgram.Run("node", $"audit.mjs \"{url}\"", folder);

        // node_modules holds the graphql-http version package.json pins (else npm ci brings it up to date)
        private static bool IsInstalled(string folder)
        {
            var installed = Path.Combine(folder, "node_modules", "graphql-http", "package.json");
            if (!File.Exists(installed)) return false;
            using var pinned = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
            using var actual = JsonDocument.Parse(File.ReadAllText(installed));
            return pinned.RootElement.GetProperty("dependencies").GetProperty("graphql-http").GetString()
                   == actual.RootElement.GetProperty("version").GetString();
        }

    }
}
