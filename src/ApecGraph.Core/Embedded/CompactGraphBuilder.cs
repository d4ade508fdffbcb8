using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Embedded;

/// <summary>Turns a loaded <see cref="KnowledgeGraph"/> into a <see cref="CompactGraph"/>, checking that its ids are
/// unique and every relation joins two of its entities.</summary>
internal static partial class CompactGraphBuilder
{
    public static CompactGraph Build(KnowledgeGraph graph)
    {
        var entities = graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < entities.Length; i++)
        {
            if (entities[i].Id == entities[i - 1].Id) throw new ArgumentException($"duplicate entity id {entities[i].Id}", nameof(graph));
        }
        var ids = entities.Select(e => e.Id).ToArray();
        var ordinals = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) ordinals[ids[i]] = i;
        var relationIds = new HashSet<string>(graph.Relations.Count, StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            if (!ordinals.ContainsKey(relation.From) || !ordinals.ContainsKey(relation.To))
                throw new ArgumentException($"relation {relation.Id} joins an entity that does not exist", nameof(graph));
            if (!relationIds.Add(relation.Id)) throw new ArgumentException($"duplicate relation id {relation.Id}", nameof(graph));
        }
        var typeNames = graph.Relations.Select(r => r.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (typeNames.Length > byte.MaxValue + 1) throw new ArgumentException("more than 256 relation types", nameof(graph));
        var relations = SortedByTypeThenId(graph.Relations, typeNames, out var types);

        var documents = new Documents(graph);
        var evidence = new EvidenceColumns(documents);

        var entityEvidence = Ranges(entities, e => e.Evidence, evidence.Add);
        var relationEvidence = Ranges(relations, r => r.Evidence, evidence.Add);
        var qualifiers = new List<Relation>();
        var qualifierRow = new int[relations.Length];
        for (var r = 0; r < relations.Length; r++)
        {
            var relation = relations[r];
            var any = relation.Role is not null || relation.Date is not null || relation.Status is not null || relation.Note is not null;
            qualifierRow[r] = any ? qualifiers.Count : -1;
            if (any) qualifiers.Add(relation);
        }
        return new CompactGraph
        {
            EntityIds = ids,
            Names = [.. entities.Select(e => e.Name)],
            Kinds = [.. entities.Select(e => (byte)e.Kind)],
            Descriptions = [.. entities.Select(e => e.Description)],
            AliasStart = Ranges(entities, e => e.Aliases, _ => { }),
            Aliases = [.. entities.SelectMany(e => e.Aliases)],
            PropertyStart = Ranges(entities, e => e.Properties.ToList(), _ => { }),
            PropertyKeys = [.. entities.SelectMany(e => e.Properties.Keys)],
            PropertyValues = [.. entities.SelectMany(e => e.Properties.Values)],
            EntityEvidenceStart = entityEvidence,
            TypeNames = typeNames,
            Types = types,
            From = [.. relations.Select(r => ordinals[r.From])],
            To = [.. relations.Select(r => ordinals[r.To])],
            Modalities = [.. relations.Select(r => (byte)r.Modality)],
            RelationIds = [.. relations.Select(r => r.Id == CompactGraph.DefaultRelationId(r.From, r.Type, r.To) ? null : r.Id)],
            QualifierRow = qualifierRow,
            Roles = [.. qualifiers.Select(r => r.Role)],
            Dates = [.. qualifiers.Select(r => r.Date)],
            Statuses = [.. qualifiers.Select(r => r.Status)],
            Notes = [.. qualifiers.Select(r => r.Note)],
            RelationEvidenceStart = relationEvidence.Select(start => start + entityEvidence[^1]).ToArray(),
            EvidenceDocument = [.. evidence.Document],
            EvidenceStart = [.. evidence.Start],
            EvidenceEnd = [.. evidence.End],
            EvidenceByteStart = [.. evidence.ByteStart],
            EvidenceByteEnd = [.. evidence.ByteEnd],
            Quotes = [.. evidence.Quote],
            SupportStart = [.. evidence.SupportStart, evidence.Supports.Count],
            Supports = [.. evidence.Supports],
            DocumentIds = documents.Ids,
            DocumentTexts = documents.Utf8,
        };
    }

    // The store's order (RelationOrder.ByTypeThenId), sorting on the type's ordinal rather than its name.
    private static Relation[] SortedByTypeThenId(IReadOnlyList<Relation> relations, string[] typeNames, out byte[] types)
    {
        var ordinal = typeNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => (byte)p.i, StringComparer.Ordinal);
        var keys = relations.Select(r => (Type: ordinal[r.Type], r.Id)).ToArray();
        var sorted = relations.ToArray();
        Array.Sort(keys, sorted, Comparer<(byte Type, string Id)>.Create((a, b) =>
            a.Type != b.Type ? a.Type.CompareTo(b.Type) : string.CompareOrdinal(a.Id, b.Id)));
        types = [.. keys.Select(k => k.Type)];
        return sorted;
    }

    // Starts of each item's range (and the end of the last), calling add for every element in order.
    private static int[] Ranges<TItem, TElement>(TItem[] items, Func<TItem, IReadOnlyCollection<TElement>> elements, Action<TElement> add)
    {
        var starts = new int[items.Length + 1];
        for (var i = 0; i < items.Length; i++)
        {
            var of = elements(items[i]);
            foreach (var element in of) add(element);
            starts[i + 1] = starts[i] + of.Count;
        }
        return starts;
    }
}
