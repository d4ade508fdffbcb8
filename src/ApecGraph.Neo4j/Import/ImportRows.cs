using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Neo4j.Import;

/// <summary>The parameter rows that the import statements UNWIND: every value of the graph goes in here, none in statement text.</summary>
internal static class ImportRows
{
    /// <summary>All properties of an entity's node (it replaces them all, so a property removed from graph-seeds goes).</summary>
    public static Dictionary<string, object?> Entity(Entity entity, string run, string? text = null)
    {
        var names = new[] { entity.Name }.Concat(entity.Aliases)
            .Select(TextNormalizer.Normalize)
            .Where(n => TextNormalizer.Compact(n).Length > 0)
            .ToArray();
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["kind"] = Stored.KindLabel(entity.Kind),
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases.Count > 0 ? entity.Aliases.ToArray() : null,
            ["description"] = entity.Description,
            ["props"] = GraphJson.Properties(entity.Properties),
            ["evidence"] = GraphJson.Evidence(entity.Evidence),
            // the names as the search compares them (Core's TextNormalizer), to pick candidates in Cypher
            ["searchNormalized"] = names.Length > 0 ? names : null,
            ["searchCompact"] = names.Length > 0 ? names.Select(TextNormalizer.Compact).ToArray() : null,
            [Stored.ImportRun] = run,
            [Stored.Text] = text,
        };
        AddEvidencePositions(row, entity.Evidence);
        foreach (var (key, value) in SearchIndex.Properties(entity)) row[key] = value;
        foreach (var (key, value) in entity.Properties)
            row[Stored.PropertyPrefix + key] = value;
        return row;
    }

    public static Dictionary<string, object?> Relation(Relation relation, string run)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relation.Id,
            ["role"] = relation.Role,
            ["date"] = relation.Date,
            ["status"] = relation.Status,
            ["modality"] = relation.Modality == Modality.Actual ? null : relation.Modality.ToString().ToUpperInvariant(),
            ["note"] = relation.Note,
            ["evidence"] = GraphJson.Evidence(relation.Evidence),
            [Stored.ImportRun] = run,
        };
        // The derived MENTIONS only repeat other facts' quotes: not listed among a document's quoted facts.
        if (relation.Type != Vocabulary.Mentions) AddEvidencePositions(properties, relation.Evidence);
        return new(StringComparer.Ordinal) { ["from"] = relation.From, ["to"] = relation.To, ["id"] = relation.Id, ["properties"] = properties };
    }

    // Each evidence's document, start and end as parallel lists (Neo4j lists cannot hold maps, nor nulls: -1 for none),
    // so that a document's quoted facts are found and ordered in Cypher (Store/QuoteStatement).
    private static void AddEvidencePositions(Dictionary<string, object?> row, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0) return;
        row[Stored.EvidenceDocs] = evidence.Select(e => e.DocumentId).ToArray();
        row[Stored.EvidenceStarts] = evidence.Select(e => e.Start ?? -1).ToArray();
        row[Stored.EvidenceEnds] = evidence.Select(e => e.End ?? -1).ToArray();
    }
}
