using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ApecGraph.Core.Loading;

/// <summary>Reads values out of YAML nodes; a value of the wrong shape becomes a problem, not an exception.</summary>
internal sealed class YamlShape(string file, List<GraphProblem> problems)
{
    // One instance per distinct text of the file: ids, types and document ids recur on every other line, and a
    // million-entity graph would otherwise hold each occurrence as its own string.
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

    public string File => file;

    public SourceLocation At(YamlNode node) => new(file, Line(node));

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public void Report(YamlNode node, string subject, string message) =>
        problems.Add(new GraphProblem(file, subject, message) { Line = Line(node) });

    /// <summary>The mapping's entries keyed by field name; non-text keys are reported and skipped.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Fields(YamlMappingNode mapping, string subject)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key })
            {
                yield return (key, keyNode, value);
            }
            else
            {
                Report(keyNode, subject, "a field name must be plain text");
            }
        }
    }

    /// <summary>Text of a scalar; null for an empty value, reported when the node is a list or mapping.</summary>
    public string? Text(YamlNode node, string subject, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : Pooled(scalar.Value!);
        }
        Report(node, subject, $"{field} must be a text, not a {ShapeName(node)}");
        return null;
    }

    /// <summary>Texts of a list of scalars; an empty value is an empty list.</summary>
    public IReadOnlyList<string> TextList(YamlNode node, string subject, string field)
    {
        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, subject, $"{field} must be a list (e.g. [a, b]), not a {ShapeName(node)}");
            return [];
        }
        return [.. sequence.Children.Select(item => Text(item, subject, $"an item of {field}")).OfType<string>()];
    }

    /// <summary>The mapping items of a list; other items are reported and skipped.</summary>
    public IEnumerable<YamlMappingNode> MappingList(YamlNode node, string subject, string field)
    {
        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            yield break;
        }
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, subject, $"{field} must be a list, not a {ShapeName(node)}");
            yield break;
        }
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                yield return mapping;
            }
            else
            {
                Report(item, subject, $"each item of {field} must be a mapping (key: value lines), not a {ShapeName(item)}");
            }
        }
    }

    private string Pooled(string text)
    {
        ref var pooled = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pool, text, out _);
        return pooled ??= text;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    private static string ShapeName(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "text",
    };
}
