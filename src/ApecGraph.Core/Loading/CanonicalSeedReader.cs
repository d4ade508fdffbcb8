using System.Text;

namespace ApecGraph.Core.Loading;

/// <summary>
/// A fast reader for graph-seeds files written in one fixed layout (the layout the generator writes: two-space
/// indents, one field per line, texts double-quoted or plain words, lists in brackets). It yields exactly the records
/// the YAML reader would, and gives up on the first line outside that layout (a comment, a block text, an unknown or
/// repeated field, an empty value, …), leaving the whole file to the YAML reader, which reports every problem as usual.
/// Parsing YAML is most of the load time at a million entities.
/// </summary>
internal static class CanonicalSeedReader
{
    private static readonly HashSet<string> EntityFields = ["id", "kind", "name", "aliases", "description", "properties", "evidence"];
    private static readonly HashSet<string> RelationFields = ["id", "from", "type", "to", "role", "date", "status", "modality", "note", "evidence"];

    /// <summary>False, with nothing added, when the file is not in the layout.</summary>
    public static bool TryRead(string path, string displayFile, List<RawEntity> entities, List<RawRelation> relations)
    {
        var reader = new Reader(File.ReadAllLines(path), displayFile);
        if (!reader.ReadFile()) return false;
        entities.AddRange(reader.Entities);
        relations.AddRange(reader.Relations);
        return true;
    }

    private sealed class Reader(string[] lines, string file)
    {
        private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
        private int at;

        public List<RawEntity> Entities { get; } = [];
        public List<RawRelation> Relations { get; } = [];

        public bool ReadFile()
        {
            var sections = new HashSet<string>(StringComparer.Ordinal);
            while (at < lines.Length)
            {
                var section = lines[at];
                if (section is not ("entities:" or "relations:") || !sections.Add(section)) return false;
                at++;
                var first = true;
                while (at < lines.Length && lines[at].StartsWith("  - ", StringComparison.Ordinal))
                {
                    if (!(section == "entities:" ? ReadEntity() : ReadRelation())) return false;
                    first = false;
                }
                if (first) return false;
            }
            return sections.Count > 0;
        }

        private bool ReadEntity()
        {
            var entity = new RawEntity(new SourceLocation(file, at + 1));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var item = true; at < lines.Length && (item || Continues(lines[at], 4)); item = false)
            {
                if (!Field(lines[at], 4, out var key, out var value) || !EntityFields.Contains(key) || !seen.Add(key)) return false;
                at++;
                switch (key)
                {
                    case "aliases": if (List(value) is not { } aliases) return false; entity = entity with { Aliases = aliases }; break;
                    case "properties": if (value.Length > 0 || Properties() is not { } properties) return false; entity = entity with { Properties = properties }; break;
                    case "evidence": if (value.Length > 0 || Evidence() is not { } evidence) return false; entity = entity with { Evidence = evidence }; break;
                    default:
                        if (Scalar(value) is not { } text) return false;
                        entity = key switch
                        {
                            "id" => entity with { Id = text },
                            "kind" => entity with { Kind = text },
                            "name" => entity with { Name = text },
                            _ => entity with { Description = text },
                        };
                        break;
                }
            }
            Entities.Add(entity);
            return true;
        }

        private bool ReadRelation()
        {
            var relation = new RawRelation(new SourceLocation(file, at + 1));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var item = true; at < lines.Length && (item || Continues(lines[at], 4)); item = false)
            {
                if (!Field(lines[at], 4, out var key, out var value) || !RelationFields.Contains(key) || !seen.Add(key)) return false;
                at++;
                if (key == "evidence")
                {
                    if (value.Length > 0 || Evidence() is not { } evidence) return false;
                    relation = relation with { Evidence = evidence };
                    continue;
                }
                if (Scalar(value) is not { } text) return false;
                relation = key switch
                {
                    "id" => relation with { Id = text },
                    "from" => relation with { From = text },
                    "type" => relation with { Type = text },
                    "to" => relation with { To = text },
                    "role" => relation with { Role = text },
                    "date" => relation with { Date = text },
                    "status" => relation with { Status = text },
                    "modality" => relation with { Modality = text },
                    _ => relation with { Note = text },
                };
            }
            Relations.Add(relation);
            return true;
        }

        private List<RawProperty>? Properties()
        {
            var properties = new List<RawProperty>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (at < lines.Length && Continues(lines[at], 6) && lines[at][6] != '-')
            {
                if (!Field(lines[at], 6, out var key, out var value) || !seen.Add(key) || Scalar(value) is not { } text) return null;
                properties.Add(new RawProperty(key, text, at + 1));
                at++;
            }
            return properties.Count > 0 ? properties : null;
        }

        private List<RawEvidence>? Evidence()
        {
            var evidence = new List<RawEvidence>();
            while (at < lines.Length && lines[at].StartsWith("      - ", StringComparison.Ordinal))
            {
                var line = at + 1;
                string? doc = null, quote = null;
                IReadOnlyList<string> supports = [];
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var item = true; at < lines.Length && (item || Continues(lines[at], 8)); item = false)
                {
                    if (!Field(lines[at], 8, out var key, out var value) || !seen.Add(key)) return null;
                    at++;
                    switch (key)
                    {
                        case "doc": if ((doc = Scalar(value)) is null) return null; break;
                        case "quote": if ((quote = Scalar(value)) is null) return null; break;
                        case "supports": if (List(value) is not { } list) return null; supports = list; break;
                        default: return null;
                    }
                }
                evidence.Add(new RawEvidence(new SourceLocation(file, line), doc, quote, supports, seen.Contains("supports")));
            }
            return evidence.Count > 0 ? evidence : null;
        }

        // A line of the mapping at that indent (not the next item, not a deeper line).
        private static bool Continues(string line, int indent) =>
            line.Length > indent && line[indent] != ' ' && line.AsSpan(0, indent).IndexOfAnyExcept(' ') < 0;

        // "<indent>key: value", or "<indent-2>- key: value" for the first field of a list item.
        private static bool Field(string line, int indent, out string key, out string value)
        {
            key = value = "";
            if (line.Length <= indent || (line[indent - 2] == '-' ? line[..(indent - 2)].Trim().Length != 0 || line[indent - 1] != ' ' : line[..indent].Trim().Length != 0))
                return false;
            var colon = line.IndexOf(':', indent);
            if (colon <= indent || !IsWord(line.AsSpan(indent, colon - indent))) return false;
            key = line[indent..colon];
            if (colon == line.Length - 1) return true;
            if (line[colon + 1] != ' ' || colon + 2 >= line.Length) return false;
            value = line[(colon + 2)..];
            return true;
        }

        private string? Scalar(string value)
        {
            var position = 0;
            var text = ScalarAt(value, ref position, inList: false);
            return text is not null && position == value.Length ? text : null;
        }

        private List<string>? List(string value)
        {
            if (value.Length < 2 || value[0] != '[' || value[^1] != ']') return null;
            var items = new List<string>();
            var position = 1;
            if (value == "[]") return items;
            while (true)
            {
                if (ScalarAt(value, ref position, inList: true) is not { } item) return null;
                items.Add(item);
                if (value[position] == ']') return position == value.Length - 1 ? items : null;
                if (value[position] != ',' || value[position + 1] != ' ') return null;
                position += 2;
            }
        }

        // A double-quoted text (only \\ and \" escaped) or a plain word of letters, digits and : . _ | / -.
        private string? ScalarAt(string value, ref int position, bool inList)
        {
            if (position >= value.Length) return null;
            if (value[position] == '"')
            {
                var builder = new StringBuilder();
                for (var i = position + 1; i < value.Length; i++)
                {
                    var c = value[i];
                    if (c == '"')
                    {
                        position = i + 1;
                        return builder.Length == 0 ? null : Pooled(builder.ToString());
                    }
                    if (c == '\\')
                    {
                        if (i + 1 >= value.Length || value[i + 1] is not ('\\' or '"')) return null;
                        c = value[++i];
                    }
                    else if (char.IsControl(c)) return null;
                    builder.Append(c);
                }
                return null;
            }
            var end = position;
            while (end < value.Length && !(inList && value[end] is ',' or ']')) end++;
            var word = value.AsSpan(position, end - position);
            if (!IsPlainWord(word)) return null;
            position = end;
            return Pooled(word.ToString());
        }

        private string Pooled(string text)
        {
            ref var pooled = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pool, text, out _);
            return pooled ??= text;
        }

        private static bool IsWord(ReadOnlySpan<char> key)
        {
            foreach (var c in key)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
            }
            return key.Length > 0 && char.IsAsciiLetter(key[0]);
        }

        // Plain words YAML reads as that text: no spaces or indicators, and not one of the words it reads as null.
        private static bool IsPlainWord(ReadOnlySpan<char> word)
        {
            if (word.Length == 0 || !char.IsAsciiLetterOrDigit(word[0]) || word is "null" or "Null" or "NULL") return false;
            foreach (var c in word)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not (':' or '.' or '_' or '|' or '/' or '-')) return false;
            }
            return true;
        }
    }
}
