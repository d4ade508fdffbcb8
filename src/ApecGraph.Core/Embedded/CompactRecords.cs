using System.Text;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Embedded;

/// <summary>The model's records made from a <see cref="CompactGraph"/>'s columns, one at a time (results are small pages).</summary>
internal static class CompactRecords
{
    /// <summary>Entity <paramref name="entity"/>'s record, made once while it stays in the graph's record cache.</summary>
    public static Entity Entity(this CompactGraph graph, int entity) => graph.EntityRecords.Get(entity, graph, MakeEntity);

    /// <summary>Relation <paramref name="relation"/>'s record, made once while it stays in the graph's record cache.</summary>
    public static Relation Relation(this CompactGraph graph, int relation) => graph.RelationRecords.Get(relation, graph, MakeRelation);

    private static Entity MakeEntity(CompactGraph graph, int entity)
    {
        var properties = new Dictionary<string, string>(graph.PropertyStart[entity + 1] - graph.PropertyStart[entity], StringComparer.Ordinal);
        for (var p = graph.PropertyStart[entity]; p < graph.PropertyStart[entity + 1]; p++)
        {
            properties.Add(graph.PropertyKeys[p], graph.PropertyValues[p]);
        }
        return new Entity
        {
            Id = graph.EntityIds[entity],
            Kind = (EntityKind)graph.Kinds[entity],
            Name = graph.Names[entity],
            Aliases = graph.Aliases[graph.AliasStart[entity]..graph.AliasStart[entity + 1]],
            Description = graph.Descriptions[entity],
            Properties = properties,
            Evidence = graph.EvidenceRange(graph.EntityEvidenceStart[entity], graph.EntityEvidenceStart[entity + 1]),
        };
    }

    private static Relation MakeRelation(CompactGraph graph, int relation)
    {
        var row = graph.QualifierRow[relation];
        return new Relation
        {
            Id = graph.RelationId(relation),
            Type = graph.TypeNames[graph.Types[relation]],
            From = graph.EntityIds[graph.From[relation]],
            To = graph.EntityIds[graph.To[relation]],
            Role = row < 0 ? null : graph.Roles[row],
            Date = row < 0 ? null : graph.Dates[row],
            Status = row < 0 ? null : graph.Statuses[row],
            Modality = (Modality)graph.Modalities[relation],
            Note = row < 0 ? null : graph.Notes[row],
            Evidence = graph.EvidenceRange(graph.RelationEvidenceStart[relation], graph.RelationEvidenceStart[relation + 1]),
        };
    }

    public static Evidence Evidence(this CompactGraph graph, int row)
    {
        var document = graph.EvidenceDocument[row];
        int? start = graph.EvidenceStart[row] is var s and >= 0 ? s : null;
        int? end = graph.EvidenceEnd[row] is var e and >= 0 ? e : null;
        var quote = graph.QuoteAt(row)
            ?? Encoding.UTF8.GetString(graph.DocumentTexts[document]!, graph.EvidenceByteStart[row], graph.EvidenceByteEnd[row] - graph.EvidenceByteStart[row]);
        return new Evidence(graph.DocumentIds[document], quote)
        {
            Supports = graph.Supports[graph.SupportStart[row]..graph.SupportStart[row + 1]],
            Start = start,
            End = end,
        };
    }

    private static IReadOnlyList<Evidence> EvidenceRange(this CompactGraph graph, int from, int to) =>
        from == to ? [] : new EvidenceRows(graph, from, to);

    /// <summary>Every entity, in id order, made one at a time.</summary>
    public static IEnumerable<Entity> Entities(this CompactGraph graph)
    {
        for (var i = 0; i < graph.EntityCount; i++) yield return graph.Entity(i);
    }

    /// <summary>Every relation, in (type, id) order, made one at a time.</summary>
    public static IEnumerable<Relation> Relations(this CompactGraph graph)
    {
        for (var r = 0; r < graph.RelationCount; r++) yield return graph.Relation(r);
    }
}
