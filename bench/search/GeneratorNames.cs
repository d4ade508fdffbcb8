using System.Text.Json;
using ApecGraph.Core.Model;

namespace ApecGraph.SearchBench;

/// <summary>
/// The id, kind, name and aliases of every entity in a graph-seeds folder written by <c>ApecGraph.Cli generate</c>,
/// read from its fixed layout (<c>  - id:</c>, <c>    kind:</c>, <c>    name: "..."</c>, <c>    aliases: [...]</c>
/// lines of the entity files) without the loader, which at a million entities needs far more memory and time than
/// this benchmark is about. Not a YAML reader: run it only on the generator's output.
/// </summary>
internal static class GeneratorNames
{
    public static List<(string Id, EntityKind Kind, string Name, string[] Aliases)> Read(string graphSeeds)
    {
        var entities = new List<(string, EntityKind, string, string[])>();
        foreach (var file in Directory.GetFiles(graphSeeds, "*.yaml").Where(f => !Path.GetFileName(f).StartsWith("relations", StringComparison.Ordinal)).Order())
        {
            string? id = null, name = null;
            var kind = EntityKind.Topic;
            string[] aliases = [];
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("  - id: ", StringComparison.Ordinal))
                {
                    if (id is not null) entities.Add((id, kind, name!, aliases));
                    (id, name, aliases) = (line[8..].Trim(), null, []);
                }
                else if (line.StartsWith("    kind: ", StringComparison.Ordinal)) kind = Enum.Parse<EntityKind>(line[10..].Trim(), ignoreCase: true);
                else if (line.StartsWith("    name: ", StringComparison.Ordinal)) name = JsonSerializer.Deserialize<string>(line[10..]);
                else if (line.StartsWith("    aliases: ", StringComparison.Ordinal)) aliases = JsonSerializer.Deserialize<string[]>(line[13..]) ?? [];
            }
            if (id is not null) entities.Add((id, kind, name!, aliases));
        }
        return entities;
    }
}
