using System.Text;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Embedded;

/// <summary>The documents and evidence rows of <see cref="CompactGraphBuilder"/>: texts as UTF-8, and each quote's
/// position in those bytes.</summary>
internal static partial class CompactGraphBuilder
{
    private sealed class Documents
    {
        public Documents(KnowledgeGraph graph)
        {
            Ids = [.. graph.Entities.SelectMany(e => e.Evidence).Concat(graph.Relations.SelectMany(r => r.Evidence))
                .Select(e => e.DocumentId).Concat(graph.DocumentTexts.Keys)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            Texts = [.. Ids.Select(id => graph.DocumentTexts.GetValueOrDefault(id))];
            Utf8 = [.. Texts.Select(text => text is null ? null : Encoding.UTF8.GetBytes(text))];
            for (var d = 0; d < Ids.Length; d++)
            {
                if (Utf8[d] is { } bytes && Encoding.UTF8.GetString(bytes) != Texts[d])
                    throw new ArgumentException($"the text of {Ids[d]} is not valid Unicode (a lone surrogate)", nameof(graph));
            }
        }

        public string[] Ids { get; }
        public string?[] Texts { get; }
        public byte[]?[] Utf8 { get; }
        private readonly Dictionary<int, Utf8Offsets> offsets = [];

        /// <summary>Where UTF-16 position <paramref name="position"/> of document <paramref name="document"/> falls in its UTF-8 bytes.</summary>
        public int ByteOffset(int document, int position)
        {
            if (!offsets.TryGetValue(document, out var map)) offsets[document] = map = new Utf8Offsets(Texts[document]!);
            return map.Of(position);
        }
    }

    /// <summary>UTF-16 positions to UTF-8 offsets, from the positions of the non-ASCII units alone (few in these texts).</summary>
    private sealed class Utf8Offsets
    {
        private readonly List<int> positions = [];
        private readonly List<int> extra = []; // extra bytes up to and including each of those units

        public Utf8Offsets(string text)
        {
            var total = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0x80) continue;
                total += c < 0x800 || char.IsSurrogate(c) ? 1 : 2; // a surrogate pair: 2 units, 4 bytes
                positions.Add(i);
                extra.Add(total);
            }
        }

        public int Of(int position)
        {
            var before = positions.BinarySearch(position);
            before = before < 0 ? ~before : before; // the units before `position`
            return position + (before == 0 ? 0 : extra[before - 1]);
        }
    }

    private sealed class EvidenceColumns(Documents documents)
    {
        public List<int> Document { get; } = [];
        public List<int> Start { get; } = [];
        public List<int> End { get; } = [];
        public List<int> ByteStart { get; } = [];
        public List<int> ByteEnd { get; } = [];
        public List<string?> Quote { get; } = [];
        public List<int> SupportStart { get; } = [];
        public List<string> Supports { get; } = [];

        public void Add(Evidence evidence)
        {
            var document = CompactGraph.Find(documents.Ids, evidence.DocumentId);
            var text = documents.Texts[document];
            var slice = evidence is { Start: { } start, End: { } end } && text is not null && start >= 0 && start <= end && end <= text.Length
                && text.AsSpan(start, end - start).SequenceEqual(evidence.Quote);
            var (byteStart, byteEnd) = slice ? (documents.ByteOffset(document, evidence.Start!.Value), documents.ByteOffset(document, evidence.End!.Value)) : (-1, -1);
            // Kept as a string unless its bytes decode to exactly the quote (a slice through a surrogate pair would not).
            slice = slice && Encoding.UTF8.GetString(documents.Utf8[document]!, byteStart, byteEnd - byteStart) == evidence.Quote;
            Document.Add(document);
            ByteStart.Add(slice ? byteStart : -1);
            ByteEnd.Add(slice ? byteEnd : -1);
            Start.Add(evidence.Start ?? -1);
            End.Add(evidence.End ?? -1);
            Quote.Add(slice ? null : evidence.Quote);
            SupportStart.Add(Supports.Count);
            Supports.AddRange(evidence.Supports);
        }
    }
}
