using ApecGraph.Core.Model;

namespace ApecGraph.Core.Tests.Search;

/// <summary>
/// A seeded graph of entities whose names share words: a few hundred common words drawn with a skew (so "ministry",
/// "trade" and "of" are in very many names), a long tail of made-up words, numbers, acronym and short-form aliases.
/// Also compiled into bench/search, which indexes a million of them.
/// </summary>
internal static class SyntheticNames
{
    private static readonly string[] Common =
    [
        "of", "the", "and", "on", "for", "in", "apec", "ministry", "trade", "economic", "economy", "cooperation",
        "meeting", "senior", "officials", "ministers", "leaders", "working", "group", "committee", "council", "forum",
        "investment", "industry", "international", "regional", "asia", "pacific", "development", "energy", "policy",
        "digital", "customs", "tourism", "health", "women", "small", "medium", "enterprises", "finance", "fisheries",
        "ocean", "transport", "telecommunications", "education", "human", "resources", "science", "technology",
        "innovation", "agriculture", "food", "security", "emergency", "preparedness", "counter", "terrorism", "anti",
        "corruption", "standards", "conformance", "services", "market", "access", "competition", "structural",
        "reform", "statement", "declaration", "report", "proposal", "resolution", "initiative", "framework", "action",
        "plan", "agenda", "roadmap", "summit", "virtual", "extraordinary", "covid", "19", "2020", "office", "bureau",
        "national", "federal", "department", "secretariat", "centre", "institute", "university", "bank", "mitsubishi",
        "semiconductors", "miti", "usa", "china", "chile", "peru", "japan", "korea", "viet", "nam", "thailand",
        "côte", "d’ivoire", "people’s", "republic", "u.s.a.", "covid-19", "e-commerce", "mr", "ms", "dr",
    ];

    private static readonly EntityKind[] Kinds = Enum.GetValues<EntityKind>();

    public static IEnumerable<Entity> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var tail = Enumerable.Range(0, 4000).Select(_ => MadeUpWord(random)).ToArray();
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, 1 + Skewed(random, 6)).Select(_ => Word(random, tail)).ToArray();
            var name = string.Join(random.Next(10) == 0 ? "-" : " ", words.Select(w => random.Next(3) == 0 ? Capital(w) : w));
            var kind = Kinds[Skewed(random, Kinds.Length)];
            yield return new Entity
            {
                Id = $"{kind.ToString().ToLowerInvariant()}:{words[0]}-{i}",
                Kind = kind,
                Name = name,
                Aliases = [.. Enumerable.Range(0, Skewed(random, 4)).Select(a => Alias(random, words, tail, a))],
            };
        }
    }

    private static string Alias(Random random, string[] words, string[] tail, int index) => (random.Next(4), index) switch
    {
        (0, _) => string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))),
        (1, _) => string.Join(".", words.Select(w => char.ToUpperInvariant(w[0]))) + ".",
        (2, 0) => string.Join(" ", words.Take(Math.Max(1, words.Length - 1))),
        _ => Word(random, tail) + " " + Word(random, tail),
    };

    private static string Word(Random random, string[] tail) =>
        random.Next(3) == 0 ? tail[Skewed(random, tail.Length)] : Common[Skewed(random, Common.Length)];

    // 0..n-1, low values far more often (a uniform draw raised to the power 2.5).
    private static int Skewed(Random random, int n) => (int)(n * Math.Pow(random.NextDouble(), 2.5));

    private static string MadeUpWord(Random random)
    {
        const string consonants = "bcdfghjklmnprstvwz", vowels = "aeiou";
        var length = 2 + random.Next(4);
        return string.Concat(Enumerable.Range(0, length).Select(i => i % 2 == 0
            ? consonants[random.Next(consonants.Length)]
            : vowels[random.Next(vowels.Length)])) + (random.Next(8) == 0 ? random.Next(100).ToString() : "");
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
