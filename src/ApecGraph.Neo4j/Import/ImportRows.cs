using ApecGraph.Core.Model;
using ApecGraph.Core.Search;
using ApecGraph.Neo4j.Mapping;
using ApecGraph.Neo4j.Store;

namespace ApecGraph.Neo4j.Import;

/// <summary>The parameter rows that the import statements UNWIND: every value of the graph goes in here, none in statement text.</summary>
internal static class ImportRows
{
    /// <summary>All properties of an entity's node, in generation <paramref name="gen"/>.</summary>
    public static Dictionary<string, object?> Entity(Entity entity, string gen, string? text = null)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["kind"] = Stored.KindLabel(entity.Kind),
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases.Count > 0 ? entity.Aliases.ToArray() : null,
            ["description"] = entity.Description,
            ["props"] = GraphJson.Properties(entity.Properties),
            [Stored.Generation] = gen,
            [Stored.Text] = text,
        };
        EvidenceLists.Add(row, entity.Evidence);
        foreach (var (key, value) in SearchIndex.Properties(entity)) row[key] = value;
        foreach (var (key, value) in entity.Properties)
            row[Stored.PropertyPrefix + key] = value;
        return row;
    }

    /// <summary>A relationship's ends (by entity id) and all its properties, in generation <paramref name="gen"/>.</summary>
    public static Dictionary<string, object?> Relation(Relation relation, string gen)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relation.Id,
            ["role"] = relation.Role,
            ["date"] = relation.Date,
            ["status"] = relation.Status,
            ["modality"] = relation.Modality == Modality.Actual ? null : relation.Modality.ToString().ToUpperInvariant(),
            ["note"] = relation.Note,
            [Stored.Generation] = gen,
        };
        EvidenceLists.Add(properties, relation.Evidence);
        return new(StringComparer.Ordinal) { ["from"] = relation.From, ["to"] = relation.To, ["properties"] = properties };
    }
}
