using System.Text;

namespace ApecGraph.Api.Tests.Infrastructure;

/// <summary>Writes a valid graph of many proposals (and the source text it quotes) to a temp folder,
/// for tests that need lists longer than the real graph has, and optionally some more relations (each quoting a sentence of its own).</summary>
public sealed class SyntheticGraph : IDisposable
{
    public SyntheticGraph(int proposals, int economies = 10, int meetings = 5, params SyntheticRelation[] more)
    {
        Root = Directory.CreateTempSubdirectory("apecgraph-synthetic-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        Directory.CreateDirectory(Path.Combine(Root, "graph-seeds"));
        var text = new StringBuilder("Synthetic test document.\n");
        var yaml = new StringBuilder("entities:\n");
        Entity(yaml, "document:bulk", "DOCUMENT", "Synthetic test document", "Synthetic test document.");
        yaml.Append("    properties:\n      source: bulk.txt\n    evidence:\n      - doc: document:bulk\n        quote: Synthetic test document.\n        supports: [source]\n");
        for (var e = 0; e < economies; e++) Entity(yaml, $"economy:e{e}", "ECONOMY", $"Economy E{e}", $"Economy E{e} ");
        for (var m = 0; m < meetings; m++) Entity(yaml, $"meeting:m{m}", "MEETING", $"Meeting M{m}", $"Meeting M{m}.");
        var relations = new StringBuilder("relations:\n");
        for (var p = 0; p < proposals; p++)
        {
            string a = $"e{p % economies}", b = $"e{(p + 1) % economies}", m = $"m{p % meetings}";
            var sentence = $"Economy E{p % economies} and Economy E{(p + 1) % economies} proposed Proposal P{p}, deliberated at Meeting M{p % meetings}.";
            text.Append(sentence).Append('\n');
            Entity(yaml, $"proposal:p{p}", "PROPOSAL", $"Proposal P{p}", sentence);
            foreach (var (from, type, to) in new[] { ($"economy:{a}", "PROPOSED", $"proposal:p{p}"), ($"economy:{b}", "PROPOSED", $"proposal:p{p}"), ($"proposal:p{p}", "DELIBERATED_AT", $"meeting:{m}") })
                relations.Append($"  - from: {from}\n    type: {type}\n    to: {to}\n    evidence:\n      - doc: document:bulk\n        quote: \"{sentence}\"\n");
        }
        foreach (var r in more)
        {
            var sentence = $"{r.From} {r.Type} {r.To}.";
            text.Append(sentence).Append('\n');
            relations.Append($"  - from: {r.From}\n    type: {r.Type}\n    to: {r.To}\n")
                .Append(r.Modality is null ? "" : $"    modality: {r.Modality}\n")
                .Append($"    evidence:\n      - doc: document:bulk\n        quote: \"{sentence}\"\n");
        }
        File.WriteAllText(Path.Combine(Root, "seeds", "bulk.txt"), text.ToString());
        File.WriteAllText(Path.Combine(Root, "graph-seeds", "bulk.yaml"), yaml.Append(relations).ToString());
    }

    public string Root { get; }

    public string GraphSeedsPath => Path.Combine(Root, "graph-seeds");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Entity(StringBuilder yaml, string id, string kind, string name, string quote)
    {
        yaml.Append($"  - id: {id}\n    kind: {kind}\n    name: {name}\n");
        if (kind != "DOCUMENT")
            yaml.Append($"    evidence:\n      - doc: document:bulk\n        quote: \"{quote.Trim()}\"\n");
    }
}

/// <summary>A relation for <see cref="SyntheticGraph"/>; <see cref="Modality"/> as graph-seeds writes it (PLANNED, EXPECTED), or null.</summary>
public sealed record SyntheticRelation(string From, string Type, string To, string? Modality = null);
