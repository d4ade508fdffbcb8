using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>What the validation rules share: the problems found so far, the entities by id, and the source texts.</summary>
internal sealed class ValidationContext(RawSeeds seeds, SourceTexts texts)
{
    public RawSeeds Seeds => seeds;
    public SourceTexts Texts => texts;
    public List<GraphProblem> Problems { get; } = [];

    /// <summary>The first definition of each entity id (later duplicates are reported, not indexed).</summary>
    public Dictionary<string, RawEntity> EntitiesById { get; } = new(StringComparer.Ordinal);

    /// <summary>"an ECONOMY", "a MEETING".</summary>
    public static string WithArticle(EntityKind kind) =>
        (Vocabulary.KindName(kind)[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an " : "a ") + Vocabulary.KindName(kind);

    public static string KindNames(IEnumerable<EntityKind> kinds) => string.Join(", ", kinds.Order().Select(Vocabulary.KindName));

    public EntityKind? KindOf(string id) =>
        EntitiesById.TryGetValue(id, out var entity) && Vocabulary.TryParseKind(entity.Kind, out var kind) ? kind : null;

    public void Report(SourceLocation at, string subject, string message) =>
        Problems.Add(new GraphProblem(at.File, subject, message) { Line = at.Line });

    public void Report(string file, int line, string subject, string message) =>
        Problems.Add(new GraphProblem(file, subject, message) { Line = line });
}
