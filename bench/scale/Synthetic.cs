using ApecGraph.Core.Model;

namespace ApecGraph.ScaleBench;

/// <summary>A stand-in big graph for this benchmark while no generated one is at hand (not the generator, not
/// validated): N entities of every kind, five relations per entity, a fifth of them to 10 hubs, one quote each, sliced
/// from one of N/100 document texts. Deterministic for a seed.</summary>
internal static class Synthetic
{
    private static readonly string[] Words = ["Trade", "Digital", "Ocean", "Energy", "Health", "Women", "Customs", "Food", "Mining", "Tourism", "Finance", "Transport"];
    private static readonly (EntityKind Kind, string Prefix, int Share)[] Kinds =
        [(EntityKind.Person, "person", 35), (EntityKind.Proposal, "proposal", 25), (EntityKind.Meeting, "meeting", 15),
         (EntityKind.Organisation, "organisation", 10), (EntityKind.Topic, "topic", 9), (EntityKind.Resolution, "resolution", 5), (EntityKind.Document, "document", 1)];
    private static readonly string[] Types = ["ATTENDED", "PROPOSED", "HOLDS_POST", "DELIBERATED_AT", "ABOUT", "CITES", "PART_OF"];

    public static KnowledgeGraph Build(int count, int seed)
    {
        var random = new Random(seed);
        var entities = new List<Entity>(count);
        for (var i = 0; i < count; i++)
        {
            var (kind, prefix, _) = KindOf(i);
            var name = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {prefix} {i}";
            var year = 1989 + random.Next(37);
            entities.Add(new Entity
            {
                Id = $"{prefix}:{i:D7}", Kind = kind, Name = name,
                Aliases = i % 7 == 0 ? [$"{prefix[0]}{i}"] : [],
                Properties = kind == EntityKind.Meeting ? new Dictionary<string, string> { ["startDate"] = $"{year}-0{1 + random.Next(9)}-1{random.Next(10)}", ["format"] = "IN_PERSON" }
                    : new Dictionary<string, string> { ["year"] = $"{year}" },
            });
        }
        var documents = entities.Where(e => e.Kind == EntityKind.Document).Select(e => e.Id).ToArray();
        var texts = documents.ToDictionary(d => d, d => string.Join(" ", Enumerable.Range(0, 400).Select(w => Words[(w * 7 + d.Length) % Words.Length])), StringComparer.Ordinal);
        var hubs = Enumerable.Range(0, 10).Select(h => h * (count / 10)).ToArray();
        var relations = new List<Relation>(count * 5);
        var seen = new HashSet<(int, int, int)>();
        for (var i = 0; i < count; i++)
        {
            for (var k = 0; k < 5; k++)
            {
                var to = random.Next(5) == 0 ? hubs[random.Next(hubs.Length)] : random.Next(count);
                var type = random.Next(Types.Length);
                if (to == i || !seen.Add((i, type, to))) continue;
                var document = documents[random.Next(documents.Length)];
                var start = random.Next(2000);
                relations.Add(new Relation
                {
                    Id = $"{entities[i].Id}|{Types[type]}|{entities[to].Id}", Type = Types[type], From = entities[i].Id, To = entities[to].Id,
                    Date = k == 0 ? $"{1989 + random.Next(37)}" : null,
                    Evidence = [new Evidence(document, texts[document][start..(start + 40)]) { Start = start, End = start + 40 }],
                });
            }
        }
        return new KnowledgeGraph(entities, relations) { DocumentTexts = texts };
    }

    private static (EntityKind, string, int) KindOf(int i)
    {
        var slot = i % 100;
        foreach (var kind in Kinds)
        {
            if (slot < kind.Share) return kind;
            slot -= kind.Share;
        }
        return Kinds[0];
    }
}
