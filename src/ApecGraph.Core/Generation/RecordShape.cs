using System.Globalization;

namespace ApecGraph.Core.Generation;

/// <summary>The size of one meeting record (one meeting, its document, sessions, officials and proposals) and the
/// meeting's names: pure functions of the record's number, so a later record can refer to an earlier one's meeting
/// and officials without the generator keeping them.</summary>
internal readonly record struct RecordShape(int Sessions, int People, int Proposals, int Participants, int Returning)
{
    /// <summary>The meeting and its document.</summary>
    public const int Fixed = 2;

    public int Entities => Fixed + Sessions + People + Proposals;

    /// <summary>One record in twenty is a big meeting (a hub): all economies, many sessions, officials and proposals.</summary>
    public static RecordShape Of(long seed, int u)
    {
        var rng = Rng.For(seed, u, 0, Salts.Shape);
        return rng.Chance(0.05)
            ? new(rng.Between(5, 10), rng.Between(20, 40), rng.Between(12, 25), GenerationPlan.EconomyCount, rng.Between(2, 6))
            : new(rng.Between(1, 5), rng.Between(5, 16), rng.Between(3, 14), rng.Between(4, 16), rng.Between(0, 4));
    }

    /// <summary>The same shape cut or grown to exactly <paramref name="entities"/> entities (the last record).</summary>
    public RecordShape Fit(int entities)
    {
        var room = entities - Fixed;
        var proposals = Math.Min(Proposals, room);
        var sessions = Math.Min(Sessions, room - proposals);
        return this with { Proposals = proposals, Sessions = sessions, People = room - proposals - sessions };
    }
}

/// <summary>A meeting's names, from its record number: series, year and number within the series and year.</summary>
internal readonly record struct MeetingName(string Id, string Name, string Alias, int Year)
{
    private const int Years = 38;

    public static MeetingName Of(int u)
    {
        var seriesCount = Words.Series.Length;
        var (series, acronym) = Words.Series[u % seriesCount];
        // 7 and 38 are coprime: consecutive rounds of the series jump through all 38 years (1989-2026).
        var year = 1989 + (u / seriesCount * 7 % Years);
        var k = u / (seriesCount * Years) + 1;
        var inv = CultureInfo.InvariantCulture;
        return k == 1
            ? new(string.Create(inv, $"meeting:{acronym.ToLowerInvariant()}-{year}"), string.Create(inv, $"{series} {year}"),
                string.Create(inv, $"{acronym} {year}"), year)
            : new(string.Create(inv, $"meeting:{acronym.ToLowerInvariant()}-{year}-{k}"), string.Create(inv, $"{series} {year} No. {k}"),
                string.Create(inv, $"{acronym} {year}-{k}"), year);
    }

    /// <summary>The meeting before this one in its series (12 records earlier), when it is in an earlier year.</summary>
    public static MeetingName? Previous(int u) =>
        u >= Words.Series.Length && Of(u - Words.Series.Length) is var previous && previous.Year < Of(u).Year ? previous : null;
}

/// <summary>An official, from the record that introduces them and their number in it.</summary>
internal readonly record struct Official(string Id, string Name, string Honorific, int Economy, string Role)
{
    public static Official Of(long seed, int u, int k)
    {
        var rng = Rng.For(seed, u, k, Salts.Person);
        var given = Words.GivenNames[rng.Int(Words.GivenNames.Length)];
        var initial = (char)('A' + rng.Int(26));
        var family = Words.FamilyNames[rng.Int(Words.FamilyNames.Length)];
        var name = $"{given} {initial}. {family}";
        var id = string.Create(CultureInfo.InvariantCulture, $"person:{Words.Slug(name)}-{u}-{k}");
        return new(id, name, Words.Honorifics[rng.Int(Words.Honorifics.Length)], rng.Skewed(GenerationPlan.EconomyCount, 1.5),
            Words.Roles[rng.Int(Words.Roles.Length)]);
    }
}
