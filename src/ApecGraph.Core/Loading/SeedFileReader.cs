using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ApecGraph.Core.Loading;

/// <summary>Reads one graph-seeds YAML file into raw records; bad YAML and wrong shapes become problems.</summary>
internal static partial class SeedFileReader
{
    private const string FileSubject = "(file)";

    public static void Read(string path, string displayFile, List<RawEntity> entities, List<RawRelation> relations, List<GraphProblem> problems)
    {
        try
        {
            if (CanonicalSeedReader.TryRead(path, displayFile, entities, relations))
            {
                return;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new GraphProblem(displayFile, FileSubject, $"cannot read: {ex.Message}"));
            return;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            problems.Add(new GraphProblem(displayFile, FileSubject, $"invalid YAML: {CleanMessage(ex)}") { Line = (int)ex.Start.Line });
            return;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new GraphProblem(displayFile, FileSubject, $"cannot read: {ex.Message}"));
            return;
        }

        var shape = new YamlShape(displayFile, problems);
        foreach (var document in stream.Documents)
        {
            ReadDocument(document.RootNode, shape, entities, relations);
        }
    }

    private static void ReadDocument(YamlNode root, YamlShape shape, List<RawEntity> entities, List<RawRelation> relations)
    {
        if (root is YamlScalarNode { Value: null or "" })
        {
            return; // an empty file is allowed
        }
        if (root is not YamlMappingNode mapping)
        {
            shape.Report(root, FileSubject, "a graph-seeds file must be a mapping with entities: and/or relations:");
            return;
        }
        foreach (var (key, keyNode, value) in shape.Fields(mapping, FileSubject))
        {
            switch (key)
            {
                case "entities":
                    entities.AddRange(shape.MappingList(value, FileSubject, "entities").Select(node => SeedRecordReader.ReadEntity(node, shape)));
                    break;
                case "relations":
                    relations.AddRange(shape.MappingList(value, FileSubject, "relations").Select(node => SeedRecordReader.ReadRelation(node, shape)));
                    break;
                default:
                    shape.Report(keyNode, FileSubject, $"unknown top-level field \"{key}\" (expected entities or relations)");
                    break;
            }
        }
    }

    // YamlDotNet prefixes its messages with "(Line: 3, Col: 1, Idx: 20) - (Line: …): "; the line is reported separately.
    private static string CleanMessage(YamlException ex) => MarkPrefix().Replace(ex.Message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
