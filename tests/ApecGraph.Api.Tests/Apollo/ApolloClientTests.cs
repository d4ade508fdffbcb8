using System.Runtime.CompilerServices;
using System.Text.Json;
using ApecGraph.Api.Tests.GraphiQL;
using ApecGraph.Neo4j.Testing;

namespace ApecGraph.Api.Tests.Apollo;

/// <summary>A real Apollo Client (npm <c>@apollo/client</c>, run with Node by <c>apollo.mjs</c>) with its persisted-queries
/// link, over real Kestrel: it asks by hash over GET, registers the query when told it is unknown, then GETs by hash.</summary>
public sealed class ApolloClientTests
{
    [Fact]
    public void Apollo_clients_persisted_query_flow_works_over_get()
    {
        var folder = ScriptFolderOrSkip();
        using var api = new GraphiQLHost();

        var (exit, output) = ExternalProgram.Run("node", $"apollo.mjs \"{new Uri(api.BaseAddress, "/graphql")}\"", folder);

        Assert.True(exit == 0, $"apollo.mjs exited {exit}:\n{output}");
        var answer = JsonDocument.Parse(output.Split('\n').First(l => l.StartsWith('{'))).RootElement;
        foreach (var run in new[] { "first", "second" })
            Assert.Equal(9, answer.GetProperty(run).GetProperty("economies").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, answer.GetProperty("errors").GetArrayLength());
        var requests = api.GraphQLRequests.ToList();
        // by hash (unknown), query + hash (registers), by hash again (known): no query text in either GET
        Assert.Equal(["GET", "POST", "GET"], requests.Select(r => r.Method));
        Assert.All(requests.Where(r => r.Method == "GET"), r =>
        {
            Assert.Contains("sha256Hash", Uri.UnescapeDataString(r.QueryString), StringComparison.Ordinal);
            Assert.DoesNotContain("query=", r.QueryString, StringComparison.Ordinal);
        });
        Assert.Contains("\"query\"", requests[1].Body, StringComparison.Ordinal);
    }

    private static string ScriptFolderOrSkip([CallerFilePath] string source = "")
    {
        var folder = Path.GetDirectoryName(source)!;
        if (!File.Exists(Path.Combine(folder, "apollo.mjs")))
            Assert.Skip($"Apollo Client check skipped: {folder}/apollo.mjs is not here (tests run outside the repository)");
        if (ExternalProgram.Run("node", "--version", folder).Exit != 0)
            Assert.Skip("Apollo Client check skipped: Node.js is not installed (it runs @apollo/client from npm)");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@apollo", "client")))
        {
            var (exit, output) = ExternalProgram.Run("npm", "ci --no-audit --no-fund", folder);
            if (exit != 0) Assert.Skip($"Apollo Client check skipped: npm ci failed in {folder}: {output}");
        }
        return folder;
    }
}
