using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ApecGraph.Core.Model;

/// <summary>
/// The version of a whole graph: a content hash, the same for the same graph whatever the order it was loaded in, and
/// different as soon as any field of any entity, relation or evidence differs, or any document's source text (answers
/// carry the texts and the quotes' positions in them). The embedded store computes it when it
/// loads graph-seeds/; <c>ApecGraph.Cli import</c> computes it from the same graph and stores it in Neo4j.
/// </summary>
/// <remarks>
/// The version is the first <see cref="Length"/> hex digits (lower case) of the SHA-256 of this canonical form:
/// <list type="number">
/// <item>the text <c>apecgraph-graph-v2</c>;</item>
/// <item>the number of entities, then each entity in order of id (ordinal): id, kind (its <see cref="EntityKind"/> name),
/// name, the aliases (count, then each, in their order), description, the properties (count, then key and value of each,
/// in order of key, ordinal), the evidence (count, then each in its order: document id, quote, and the supported
/// properties, count then each in order, then start and end, each a count or absent);</item>
/// <item>the number of relations, then each relation in order of id (ordinal): id, type, from, to, role, date, status,
/// modality (its <see cref="Modality"/> name), note, the evidence as above;</item>
/// <item>the number of document texts, then each in order of document id (ordinal): the id, the text.</item>
/// </list>
/// Every text is written as <c>s</c>, its UTF-8 length in bytes, <c>:</c> and its UTF-8 bytes; an absent text as <c>n</c>;
/// every count as <c>c</c>, the number and <c>:</c>. So no two different graphs have the same canonical form
/// (a text cannot run into the next one). The derived MENTIONS relations are part of the graph, hence of its version.
/// </remarks>
public static class GraphVersion
{
    /// <summary>Hex digits kept of the SHA-256 (64 bits).</summary>
    public const int Length = 16;

    public static string Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new CanonicalWriter(hash);
        writer.Text("apecgraph-graph-v2");
        writer.Count(graph.Entities.Count);
        foreach (var entity in graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            writer.Text(entity.Id);
            writer.Text(entity.Kind.ToString());
            writer.Text(entity.Name);
            writer.Texts(entity.Aliases);
            writer.Text(entity.Description);
            writer.Count(entity.Properties.Count);
            foreach (var (key, value) in entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Text(key);
                writer.Text(value);
            }
            writer.Evidence(entity.Evidence);
        }
        writer.Count(graph.Relations.Count);
        foreach (var relation in graph.Relations.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            writer.Text(relation.Id);
            writer.Text(relation.Type);
            writer.Text(relation.From);
            writer.Text(relation.To);
            writer.Text(relation.Role);
            writer.Text(relation.Date);
            writer.Text(relation.Status);
            writer.Text(relation.Modality.ToString());
            writer.Text(relation.Note);
            writer.Evidence(relation.Evidence);
        }
        writer.Count(graph.DocumentTexts.Count);
        foreach (var (id, text) in graph.DocumentTexts.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.Text(id);
            writer.Text(text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..Length];
    }

    private sealed class CanonicalWriter(IncrementalHash hash)
    {
        public void Text(string? text)
        {
            if (text is null)
            {
                Ascii("n");
                return;
            }
            var bytes = Encoding.UTF8.GetBytes(text);
            Ascii(string.Create(CultureInfo.InvariantCulture, $"s{bytes.Length}:"));
            hash.AppendData(bytes);
        }

        public void Count(int count) => Ascii(string.Create(CultureInfo.InvariantCulture, $"c{count}:"));

        public void Texts(IReadOnlyList<string> texts)
        {
            Count(texts.Count);
            foreach (var text in texts) Text(text);
        }

        public void Evidence(IReadOnlyList<Evidence> evidence)
        {
            Count(evidence.Count);
            foreach (var item in evidence)
            {
                Text(item.DocumentId);
                Text(item.Quote);
                Texts(item.Supports);
                Offset(item.Start);
                Offset(item.End);
            }
        }

        private void Offset(int? offset)
        {
            if (offset is { } value) Count(value);
            else Ascii("n");
        }

        private void Ascii(string text) => hash.AppendData(Encoding.ASCII.GetBytes(text));
    }
}
