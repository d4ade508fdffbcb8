using YamlDotNet.RepresentationModel;

namespace ApecGraph.Core.Loading;

/// <summary>Reads one entity or relation mapping into its raw record; unknown fields and wrong shapes are reported.</summary>
internal static class SeedRecordReader
{
    public static RawEntity ReadEntity(YamlMappingNode node, YamlShape shape)
    {
        var entity = new RawEntity(shape.At(node));
        var subject = IdOf(node) ?? "(entity without id)";
        foreach (var (key, keyNode, value) in shape.Fields(node, subject))
        {
            entity = key switch
            {
                "id" => entity with { Id = shape.Text(value, subject, key) },
                "kind" => entity with { Kind = shape.Text(value, subject, key) },
                "name" => entity with { Name = shape.Text(value, subject, key) },
                "aliases" => entity with { Aliases = shape.TextList(value, subject, key) },
                "description" => entity with { Description = shape.Text(value, subject, key) },
                "properties" => entity with { Properties = ReadProperties(value, shape, subject) },
                "evidence" => entity with { Evidence = ReadEvidence(value, shape, subject) },
                _ => Unknown(entity, keyNode, shape, subject, key, "id, kind, name, aliases, description, properties, evidence"),
            };
        }
        return entity;
    }

    public static RawRelation ReadRelation(YamlMappingNode node, YamlShape shape)
    {
        var relation = new RawRelation(shape.At(node));
        var subject = RelationSubjectOf(node);
        foreach (var (key, keyNode, value) in shape.Fields(node, subject))
        {
            relation = key switch
            {
                "id" => relation with { Id = shape.Text(value, subject, key) },
                "from" => relation with { From = shape.Text(value, subject, key) },
                "type" => relation with { Type = shape.Text(value, subject, key) },
                "to" => relation with { To = shape.Text(value, subject, key) },
                "role" => relation with { Role = shape.Text(value, subject, key) },
                "date" => relation with { Date = shape.Text(value, subject, key) },
                "status" => relation with { Status = shape.Text(value, subject, key) },
                "modality" => relation with { Modality = shape.Text(value, subject, key) },
                "note" => relation with { Note = shape.Text(value, subject, key) },
                "evidence" => relation with { Evidence = ReadEvidence(value, shape, subject) },
                _ => Unknown(relation, keyNode, shape, subject, key, "id, from, type, to, role, date, status, modality, note, evidence"),
            };
        }
        return relation;
    }

    private static IReadOnlyList<RawProperty> ReadProperties(YamlNode node, YamlShape shape, string subject)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (node is not YamlMappingNode mapping)
        {
            shape.Report(node, subject, "properties must be a mapping (key: value lines)");
            return [];
        }
        var properties = new List<RawProperty>();
        foreach (var (key, keyNode, value) in shape.Fields(mapping, subject))
        {
            properties.Add(new RawProperty(key, shape.Text(value, subject, $"property {key}") ?? "", YamlShape.Line(keyNode)));
        }
        return properties;
    }

    private static IReadOnlyList<RawEvidence> ReadEvidence(YamlNode node, YamlShape shape, string subject) =>
        [.. shape.MappingList(node, subject, "evidence").Select(item =>
        {
            string? doc = null, quote = null;
            IReadOnlyList<string> supports = [];
            var hasSupports = false;
            foreach (var (key, keyNode, value) in shape.Fields(item, subject))
            {
                switch (key)
                {
                    case "doc": doc = shape.Text(value, subject, "evidence doc"); break;
                    case "quote": quote = shape.Text(value, subject, "evidence quote"); break;
                    case "supports": supports = shape.TextList(value, subject, "supports"); hasSupports = true; break;
                    default: shape.Report(keyNode, subject, $"unknown evidence field \"{key}\" (expected doc, quote, supports)"); break;
                }
            }
            return new RawEvidence(shape.At(item), doc, quote, supports, hasSupports);
        })];

    private static T Unknown<T>(T record, YamlNode keyNode, YamlShape shape, string subject, string key, string expected)
    {
        shape.Report(keyNode, subject, $"unknown field \"{key}\" (expected {expected})");
        return record;
    }

    private static string? IdOf(YamlMappingNode node) =>
        node.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static string RelationSubjectOf(YamlMappingNode node)
    {
        string? Field(string name) =>
            node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
        return IdOf(node) ?? $"{Field("from")} -{Field("type")}-> {Field("to")}";
    }
}
