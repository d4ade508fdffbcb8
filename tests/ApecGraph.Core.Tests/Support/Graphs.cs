using ApecGraph.Core.Model;

namespace ApecGraph.Core.Tests.Support;

/// <summary>Builders for small hand-made graphs.</summary>
internal static class Graphs
{
    public static Entity Entity(string id, string? name = null, string[]? aliases = null, params (string Key, string Value)[] properties) => new()
    {
        Id = id,
        Kind = Vocabulary.TryParseKind(id[..id.IndexOf(':')].ToUpperInvariant(), out var kind) ? kind : throw new ArgumentException(id),
        Name = name ?? id[(id.IndexOf(':') + 1)..],
        Aliases = aliases ?? [],
        Properties = properties.ToDictionary(p => p.Key, p => p.Value),
    };

    public static Relation Relation(string from, string type, string to, string? id = null) => new()
    {
        Id = id ?? $"{from}|{type}|{to}",
        Type = type,
        From = from,
        To = to,
    };
}
