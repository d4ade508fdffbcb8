namespace ApecGraph.Core.Model;

/// <summary>
/// The closed vocabulary of the graph: which properties each kind may carry and which relation
/// types exist between which kinds. The validator rejects anything outside it, so a typo in
/// graph-seeds/ is an error, not a silent new type.
/// </summary>
public static class Vocabulary
{
    public const string Mentions = "MENTIONS";

    private static readonly EntityKind[] Actors = [EntityKind.Economy, EntityKind.Person, EntityKind.Organisation];
    private static readonly EntityKind[] Any = Enum.GetValues<EntityKind>();

    /// <summary>Allowed property keys per kind. Every property needs evidence that names it in <c>supports</c>.</summary>
    public static readonly IReadOnlyDictionary<EntityKind, IReadOnlySet<string>> PropertiesByKind =
        new Dictionary<EntityKind, IReadOnlySet<string>>
        {
            [EntityKind.Economy] = Set("officialName"),
            [EntityKind.Person] = Set("honorific", "gender"),
            [EntityKind.Organisation] = Set("category"),
            [EntityKind.Meeting] = Set("category", "startDate", "endDate", "format", "platform", "venue", "city", "theme", "year", "day", "order", "duration"),
            [EntityKind.Proposal] = Set("title", "category", "status", "date"),
            [EntityKind.Resolution] = Set("number", "year"),
            [EntityKind.Document] = Set("title", "source", "published", "category"),
            [EntityKind.Topic] = Set("category", "year"),
        };

    /// <summary>Relation types with the kinds allowed at each end.</summary>
    public static readonly IReadOnlyDictionary<string, RelationRule> RelationTypes =
        new[]
        {
            Rule("MEMBER_OF", "an economy or body is a member of an organisation", [EntityKind.Economy, EntityKind.Organisation], [EntityKind.Organisation]),
            Rule("PART_OF", "a body belongs to a parent body; a session belongs to its conference", [EntityKind.Organisation, EntityKind.Meeting], [EntityKind.Organisation, EntityKind.Meeting]),
            Rule("BELONGS_TO", "a person or organisation belongs to an economy", [EntityKind.Person, EntityKind.Organisation], [EntityKind.Economy]),
            Rule("HOLDS_POST", "a person holds a title (role) in an organisation or economy", [EntityKind.Person], [EntityKind.Organisation, EntityKind.Economy]),
            Rule("CHAIRED", "chaired a meeting, or chaired a body for a year", Actors, [EntityKind.Meeting, EntityKind.Organisation]),
            Rule("HOSTED", "hosted a meeting, or a body's year", [EntityKind.Economy, EntityKind.Organisation], [EntityKind.Meeting, EntityKind.Organisation]),
            Rule("ORGANISED", "organised a meeting", Actors, [EntityKind.Meeting]),
            Rule("PARTICIPATED_IN", "took part in a meeting", Actors, [EntityKind.Meeting]),
            Rule("SPOKE_AT", "spoke at, opened or addressed a meeting (note: what about)", Actors, [EntityKind.Meeting]),
            Rule("PRESENTED_AT", "gave a presentation at a meeting or session (note: on what)", Actors, [EntityKind.Meeting]),
            Rule("PRESENTED", "presented a subject or a proposal", Actors, [EntityKind.Topic, EntityKind.Proposal, EntityKind.Resolution]),
            Rule("PROPOSED", "proposed a proposal, initiative, declaration or statement", Actors, [EntityKind.Proposal]),
            Rule("DELIBERATED_AT", "a proposal was deliberated, discussed or endorsed at a meeting (status says which)", [EntityKind.Proposal], [EntityKind.Meeting]),
            Rule("ISSUED", "a meeting or body issued a statement or document", [.. Actors, EntityKind.Meeting], [EntityKind.Proposal, EntityKind.Document]),
            Rule("OPERATIONALISES", "a meeting or proposal puts a statement into practice", [EntityKind.Meeting, EntityKind.Proposal], [EntityKind.Proposal]),
            Rule("ADDRESSED_TO", "a proposal, guidance or resolution is directed at someone", [EntityKind.Proposal, EntityKind.Resolution, EntityKind.Document], [.. Actors]),
            Rule("ABOUT", "a meeting, proposal or document is about a subject", [EntityKind.Meeting, EntityKind.Proposal, EntityKind.Document, EntityKind.Topic], [EntityKind.Topic, EntityKind.Resolution, EntityKind.Proposal]),
            Rule("PRECEDES", "a meeting came before another (or is planned after it: reversed)", [EntityKind.Meeting], [EntityKind.Meeting]),
            Rule("CITES", "cites a UN resolution or another text", Any, [EntityKind.Resolution, EntityKind.Proposal, EntityKind.Topic]),
            Rule("REQUIRES", "a resolution requires something of someone (note: what)", [EntityKind.Resolution], Any),
            Rule("DECIDES", "a resolution decides something of someone (note: what)", [EntityKind.Resolution], Any),
            Rule("URGES", "a resolution urges someone (note: to do what)", [EntityKind.Resolution], Any),
            Rule("REQUESTS", "a resolution requests someone (note: to do what)", [EntityKind.Resolution], Any),
            Rule("INVITED", "invited someone (note: to what)", Actors, [.. Actors]),
            Rule("PUBLISHED", "published a document", Actors, [EntityKind.Document, EntityKind.Topic]),
            Rule(Mentions, "a source document mentions an entity (derived from evidence at load time)", [EntityKind.Document], Any),
        }.ToDictionary(r => r.Type, StringComparer.Ordinal);

    /// <summary>The modalities a relation may be written with (<c>modality: PLANNED</c>); without one it is <see cref="Modality.Actual"/>.</summary>
    public static readonly IReadOnlyList<string> WrittenModalities = ["PLANNED", "EXPECTED"];

    /// <summary>PLANNED or EXPECTED, as graph-seeds writes them (upper case only, like kinds and types).</summary>
    public static bool TryParseModality(string? text, out Modality modality)
    {
        modality = text switch { "PLANNED" => Modality.Planned, "EXPECTED" => Modality.Expected, _ => Modality.Actual };
        return modality != Modality.Actual;
    }

    private static readonly Dictionary<string, EntityKind> KindsByName =
        Enum.GetValues<EntityKind>().ToDictionary(KindName, StringComparer.Ordinal);

    /// <summary>A kind as graph-seeds writes it: upper case, e.g. <c>MEETING</c>.</summary>
    public static string KindName(EntityKind kind) => kind.ToString().ToUpperInvariant();

    /// <summary>A kind written as graph-seeds writes it (<see cref="KindName"/>, exactly: <c>meeting</c> is not a kind).</summary>
    public static bool TryParseKind(string? text, out EntityKind kind) => KindsByName.TryGetValue(text ?? "", out kind);

    /// <summary>The formats a meeting's <c>format</c> property may have, as written (and as the GraphQL enum names them).</summary>
    public static readonly IReadOnlyList<string> MeetingFormats = ["IN_PERSON", "VIRTUAL", "HYBRID"];

    private static RelationRule Rule(string type, string meaning, EntityKind[] from, EntityKind[] to) =>
        new(type, meaning, from.ToHashSet(), to.ToHashSet());

    private static IReadOnlySet<string> Set(params string[] keys) => keys.ToHashSet(StringComparer.Ordinal);
}

/// <summary>A relation type and the kinds it may join.</summary>
public sealed record RelationRule(string Type, string Meaning, IReadOnlySet<EntityKind> From, IReadOnlySet<EntityKind> To);
