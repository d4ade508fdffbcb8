using System.Text;
using System.Xml;
using ApecGraph.Core.Model;
using ApecGraph.Core.Store;

namespace ApecGraph.Core.Export;

/// <summary>
/// The graph as GraphML 1.0 (<see cref="Namespace"/>): one directed graph whose <c>version</c> is the graph version;
/// a node per entity (id = entity id; keys <c>kind</c>, <c>name</c>, <c>aliases</c>, <c>description</c>, each vocabulary
/// property, <c>evidence</c>) and an edge per relation (id = relation id; keys <c>type</c>, <c>role</c>, <c>date</c>,
/// <c>status</c>, <c>modality</c>, <c>note</c>, <c>evidence</c>). Every key is a string; absent values are omitted.
/// Written as it is read (see <see cref="GraphReader"/>): nodes first, then edges.
/// </summary>
public static class GraphMLExport
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    public const string MediaType = "application/graphml+xml";

    // Node keys other than the contract's four get ids of their own ("node.status" beside the edges' "status"); networkx
    // and Gephi name the attribute by attr.name, so a node still has "status" and "evidence".
    private const string NodePrefix = "node.";
    private static readonly string[] EdgeKeys = ["type", "role", "date", "status", "modality", "note", "evidence"];

    public static async Task WriteAsync(IGraphStore store, string? version, Stream output, CancellationToken cancellationToken = default)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        await using var buffer = new ChunkBuffer();
        using var xml = XmlWriter.Create(buffer, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "version", "graph", "version");
        foreach (var key in new[] { "kind", "name", "aliases", "description" })
            Key(xml, key, "node", key);
        foreach (var key in ExportNames.PropertyKeys)
            Key(xml, NodePrefix + key, "node", key);
        Key(xml, NodePrefix + "evidence", "node", "evidence");
        foreach (var key in EdgeKeys)
            Key(xml, key, "edge", key);
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "apecgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        Data(xml, "version", version);
        await foreach (var entity in GraphReader.EntitiesAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            Node(xml, entity);
            xml.Flush();
            await buffer.DrainAsync(output, force: false, cancellationToken).ConfigureAwait(false);
        }
        await foreach (var relation in GraphReader.RelationsAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            Edge(xml, relation);
            xml.Flush();
            await buffer.DrainAsync(output, force: false, cancellationToken).ConfigureAwait(false);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        await buffer.DrainAsync(output, force: true, cancellationToken).ConfigureAwait(false);
    }

    private static void Node(XmlWriter xml, Entity entity)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", entity.Id);
        Data(xml, "kind", ExportNames.Kind(entity.Kind));
        Data(xml, "name", entity.Name);
        Data(xml, "aliases", ExportNames.Aliases(entity.Aliases));
        Data(xml, "description", entity.Description);
        foreach (var key in ExportNames.PropertyKeys)
            Data(xml, NodePrefix + key, entity.Property(key));
        if (entity.Evidence.Count > 0)
            Data(xml, NodePrefix + "evidence", ExportNames.EvidenceJson(entity.Evidence));
        xml.WriteEndElement();
    }

    private static void Edge(XmlWriter xml, Relation relation)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", relation.Id);
        xml.WriteAttributeString("source", relation.From);
        xml.WriteAttributeString("target", relation.To);
        Data(xml, "type", relation.Type);
        Data(xml, "role", relation.Role);
        Data(xml, "date", relation.Date);
        Data(xml, "status", relation.Status);
        Data(xml, "modality", ExportNames.Modality(relation.Modality));
        Data(xml, "note", relation.Note);
        Data(xml, "evidence", ExportNames.EvidenceJson(relation.Evidence));
        xml.WriteEndElement();
    }

    private static void Key(XmlWriter xml, string id, string domain, string name)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", "string");
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
