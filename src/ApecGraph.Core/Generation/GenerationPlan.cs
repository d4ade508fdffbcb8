using System.Globalization;

namespace ApecGraph.Core.Generation;

/// <summary>The sizes of a generated graph and the ids and names of its shared entities (economies, organisations,
/// topics, resolutions), each a pure function of its index and the seed, so a meeting record can name any of them
/// without the generator keeping them in memory.</summary>
internal sealed class GenerationPlan
{
    public const int EconomyCount = 21;
    public const int SharedPerRegistryDocument = 100;

    public GenerationPlan(int entities, long seed)
    {
        Entities = entities;
        Seed = seed;
        Organisations = Math.Max(12, entities / 100);
        Bodies = Math.Max(5, Organisations / 3);
        Topics = Math.Max(10, entities / 100);
        Resolutions = Math.Max(3, entities / 500);
        RegistryDocuments = (SharedWithoutDocuments + SharedPerRegistryDocument - 1) / SharedPerRegistryDocument;
    }

    public int Entities { get; }
    public long Seed { get; }
    /// <summary>APEC itself, then the APEC bodies, then the economies' ministries and agencies.</summary>
    public int Organisations { get; }
    public int Bodies { get; }
    public int Ministries => Organisations - 1 - Bodies;
    public int Topics { get; }
    public int Resolutions { get; }
    public int RegistryDocuments { get; }
    public int SharedWithoutDocuments => EconomyCount + Organisations + Topics + Resolutions;
    public int Shared => SharedWithoutDocuments + RegistryDocuments;

    public static string EconomyId(int e) => "economy:" + Words.Economies[e].Slug;
    public static string EconomyName(int e) => Words.Economies[e].Name;

    public const string ApecId = "organisation:apec";

    public string OrganisationId(int i) => i == 0 ? ApecId : Inv($"organisation:{Words.Slug(OrganisationName(i))}-{i}");

    public string OrganisationName(int i) => i switch
    {
        0 => "Asia-Pacific Economic Cooperation",
        _ when i <= Bodies => OrganisationNameCore(i),
        _ => MinistryName(i - 1 - Bodies),
    };

    /// <summary>How a sentence names an organisation: "APEC", "the Tourism Working Group".</summary>
    public string OrganisationRef(int i) => i == 0 ? "APEC" : "the " + OrganisationName(i);

    public string? OrganisationAlias(int i) => i == 0 ? "APEC" : i <= Bodies ? Words.Initials(OrganisationNameCore(i)) : null;

    public bool IsMinistryCategory(int i) => (i - 1 - Bodies) / EconomyCount < Words.Portfolios.Length;

    public int EconomyOfMinistry(int i) => (i - 1 - Bodies) % EconomyCount;

    /// <summary>The parent of a body: APEC for the first four, else an earlier body.</summary>
    public static int ParentOfBody(int i) => i <= 4 ? 0 : 1 + (i - 5) / 4;

    /// <summary>A ministry of the economy (skewed towards its first ones), or -1 when it has none.</summary>
    public int MinistryOf(int economy, ref Rng rng)
    {
        var count = (Ministries - economy + EconomyCount - 1) / EconomyCount;
        return count <= 0 ? -1 : 1 + Bodies + economy + EconomyCount * rng.Skewed(count, 2);
    }

    /// <summary>A body, skewed: a few bodies organise, publish and receive most.</summary>
    public int Body(ref Rng rng) => 1 + rng.Skewed(Bodies);

    public static string TopicId(int t) => "topic:" + Words.Slug(TopicName(t));

    public static string TopicName(int t)
    {
        var (noun, _) = Words.TopicNouns[t / Words.Areas.Length % Words.TopicNouns.Length];
        var round = t / (Words.Areas.Length * Words.TopicNouns.Length);
        return $"{Words.Areas[t % Words.Areas.Length]} {noun}" + (round > 0 ? Inv($" {round + 1}") : "");
    }

    public static string TopicCategory(int t) => Words.TopicNouns[t / Words.Areas.Length % Words.TopicNouns.Length].Category;

    public int TopicYear(int t) => 1989 + Rng.For(Seed, t, 0, Salts.TopicYear).Int(38);

    public int Topic(ref Rng rng) => rng.Skewed(Topics, 2.5);

    // Numbered from 1540 (2004), the resolution this project's sources are about, with ids as the real graph writes
    // them (resolution:1540-2004): the first resolution, the most cited, is the one bench/queries/paths.json asks for.
    public static int ResolutionNumber(int r) => 1540 + r;
    public string ResolutionId(int r) => Inv($"resolution:{ResolutionNumber(r)}-{ResolutionYear(r)}");
    public static string ResolutionAlias(int r) => Inv($"UNSCR {ResolutionNumber(r)}");
    public int ResolutionYear(int r) => 2004 + (int)((long)r * 22 / Resolutions);

    public static string RegistryDocumentId(int c) => Inv($"document:registry-{c + 1:D4}");
    public static string RegistryFile(int c) => Inv($"registry-{c + 1:D4}.txt");

    private static string OrganisationNameCore(int i)
    {
        var b = i - 1;
        var round = b / (Words.Areas.Length * Words.BodyTypes.Length);
        return $"{Words.Areas[b % Words.Areas.Length]} {Words.BodyTypes[b / Words.Areas.Length % Words.BodyTypes.Length]}"
            + (round > 0 ? Inv($" {round + 1}") : "");
    }

    private static string MinistryName(int m)
    {
        var economy = EconomyName(m % EconomyCount);
        var p = m / EconomyCount;
        var portfolio = Words.Portfolios[p % Words.Portfolios.Length];
        return p < Words.Portfolios.Length
            ? $"Ministry of {portfolio} of {economy}"
            : Inv($"{portfolio} Office {p / Words.Portfolios.Length + 1} of {economy}");
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The named random streams: one per purpose, so that changing one part of the generator does not shift
/// the others.</summary>
internal static class Salts
{
    public const ulong TopicYear = 1, Shared = 2, Shape = 3, Record = 4, Person = 5;
}
