namespace ApecGraph.Neo4j.Http;

/// <summary>One Cypher statement and its parameters. User values belong in <see cref="Parameters"/>, never in
/// <see cref="Text"/>: the server treats parameters as data, so no value can change what the statement does.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    public CypherStatement(string text) : this(text, NoParameters)
    {
    }
}
