using ApecGraph.Core.Model;

namespace ApecGraph.Core.Generation;

/// <summary>One piece of evidence as written: a document id, a sentence of its text, the properties it states.</summary>
internal readonly record struct Quote(string Doc, string Text, string[]? Supports = null);

/// <summary>Optional relation qualifiers.</summary>
internal readonly record struct Qualifiers(string? Role = null, string? Date = null, string? Status = null, string? Note = null, string? Modality = null);

/// <summary>The graph-seeds/ folder being written: entities in one file series per kind, relations in their own
/// series, each chunked so that a problem names a file of manageable size.</summary>
internal sealed class SeedOutput : IDisposable
{
    private readonly Dictionary<EntityKind, YamlChunks> entities = [];
    private readonly YamlChunks relations;
    private readonly string directory;
    private readonly int perFile;

    public SeedOutput(string directory, int perFile)
    {
        this.directory = directory;
        this.perFile = perFile;
        relations = new YamlChunks(directory, "relations", "relations", perFile);
    }

    public int Entities { get; private set; }
    public int Relations { get; private set; }
    public int Files => relations.Files + entities.Values.Sum(chunks => chunks.Files);

    public void Entity(EntityKind kind, string id, string name, IReadOnlyList<string>? aliases,
        IReadOnlyList<(string Key, string Value)>? properties, params Quote[] evidence)
    {
        if (!entities.TryGetValue(kind, out var chunks))
        {
            entities[kind] = chunks = new YamlChunks(directory, FileStem(kind), "entities", perFile);
        }
        var w = chunks.Item();
        w.Write("  - id: "); w.Write(id);
        w.Write("\n    kind: "); w.Write(Vocabulary.KindName(kind));
        w.Write("\n    name: "); w.Write(YamlChunks.Quoted(name));
        if (aliases is { Count: > 0 })
        {
            w.Write("\n    aliases: [");
            w.Write(string.Join(", ", aliases.Select(YamlChunks.Quoted)));
            w.Write(']');
        }
        if (properties is { Count: > 0 })
        {
            w.Write("\n    properties:");
            foreach (var (key, value) in properties)
            {
                w.Write("\n      "); w.Write(key); w.Write(": "); w.Write(YamlChunks.Quoted(value));
            }
        }
        WriteEvidence(w, evidence);
        Entities++;
    }

    public void Relation(string from, string type, string to, Quote evidence, Qualifiers qualifiers = default)
    {
        var w = relations.Item();
        w.Write("  - from: "); w.Write(from);
        w.Write("\n    type: "); w.Write(type);
        w.Write("\n    to: "); w.Write(to);
        Qualifier(w, "role", qualifiers.Role);
        Qualifier(w, "date", qualifiers.Date);
        Qualifier(w, "status", qualifiers.Status);
        Qualifier(w, "modality", qualifiers.Modality);
        Qualifier(w, "note", qualifiers.Note);
        // A quote shared with an entity states its properties too; on a relation it supports nothing.
        WriteEvidence(w, evidence with { Supports = null });
        Relations++;
    }

    public void Dispose()
    {
        relations.Dispose();
        foreach (var chunks in entities.Values) chunks.Dispose();
    }

    private static void Qualifier(StreamWriter w, string key, string? value)
    {
        if (value is null) return;
        w.Write("\n    "); w.Write(key); w.Write(": "); w.Write(YamlChunks.Quoted(value));
    }

    private static void WriteEvidence(StreamWriter w, params Quote[] evidence)
    {
        w.Write("\n    evidence:");
        foreach (var quote in evidence)
        {
            w.Write("\n      - doc: "); w.Write(quote.Doc);
            w.Write("\n        quote: "); w.Write(YamlChunks.Quoted(quote.Text));
            if (quote.Supports is { Length: > 0 } supports)
            {
                w.Write("\n        supports: ["); w.Write(string.Join(", ", supports)); w.Write(']');
            }
        }
        w.Write('\n');
    }

    private static string FileStem(EntityKind kind) => kind switch
    {
        EntityKind.Economy => "economies",
        EntityKind.Person => "people",
        EntityKind.Proposal => "proposals",
        EntityKind.Resolution => "resolutions",
        EntityKind.Document => "documents",
        EntityKind.Topic => "topics",
        EntityKind.Meeting => "meetings",
        _ => "organisations",
    };
}
