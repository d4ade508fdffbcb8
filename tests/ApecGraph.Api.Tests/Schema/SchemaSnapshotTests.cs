using ApecGraph.Api.GraphQL;
using ApecGraph.Api.Tests.Infrastructure;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace ApecGraph.Api.Tests.Schema;

/// <summary>Every change to the public schema shows up in review as a diff of schema.graphql.</summary>
[Collection(SharedApi.Name)]
public sealed class SchemaSnapshotTests(RepositoryApi api)
{
    [Fact]
    public void The_schema_matches_the_reviewed_snapshot()
    {
        var schema = api.Services.GetRequiredService<ApecSchema>();
        schema.Initialize();
        var actual = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var snapshot = Path.Combine(SourceFolder(), "schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(snapshot, actual);
        var expected = File.Exists(snapshot) ? File.ReadAllText(snapshot) : "";
        if (expected != actual)
            File.WriteAllText(Path.ChangeExtension(snapshot, ".received.graphql"), actual);

        Assert.True(expected == actual,
            $"The schema changed. Review {Path.ChangeExtension(snapshot, ".received.graphql")}; if it is intended, run the tests with UPDATE_SNAPSHOTS=1 and commit schema.graphql.");
    }

    [Theory]
    [InlineData("interface Entity")]
    [InlineData("union Actor = Economy | Person | Organisation")]
    [InlineData("enum EntityKind")]
    [InlineData("type SearchHit")]
    [InlineData("type Path")]
    [InlineData("type ProposalConnection")]
    [InlineData("maxHops: Int = 4,")]
    [InlineData("  search(\n    text: String!,")]
    public void The_schema_keeps_the_names_of_the_sketch(string fragment)
    {
        var schema = api.Services.GetRequiredService<ApecSchema>();
        schema.Initialize();
        Assert.Contains(fragment, schema.Print());
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
