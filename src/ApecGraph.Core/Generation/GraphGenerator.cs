namespace ApecGraph.Core.Generation;

/// <summary>What <see cref="GraphGenerator.Generate"/> wrote.</summary>
public sealed record GenerationSummary(int Entities, int Relations, int Documents, int YamlFiles);

/// <summary>A request the generator refuses, with a code a caller can match on.</summary>
public sealed class GeneratorException(string code, string message) : Exception(message)
{
    public string Code => code;
}

/// <summary>
/// Writes a synthetic, valid graph shaped like the APEC record: <c>graph-seeds/*.yaml</c> in the documented format and
/// the source texts their quotes come from in <c>seeds/*.txt</c>. The same entity count and seed give byte-identical
/// files. Memory stays bounded whatever the size: entities and relations are streamed to disk as they are made, and a
/// record refers to earlier ones by recomputing their names from the seed.
/// </summary>
public static class GraphGenerator
{
    public const int MinEntities = 100;
    public const int MaxEntities = 20_000_000;
    /// <summary>Entities or relations per YAML file.</summary>
    public const int ItemsPerFile = 50_000;

    /// <summary>Writes about <paramref name="entities"/> (exactly, in fact) entities under <paramref name="outputDirectory"/>,
    /// into <c>graph-seeds/</c> and <c>seeds/</c>, which must not exist or be empty.</summary>
    public static GenerationSummary Generate(int entities, long seed, string outputDirectory, int itemsPerFile = ItemsPerFile)
    {
        if (entities is < MinEntities or > MaxEntities)
        {
            throw new GeneratorException("ENTITIES_OUT_OF_RANGE", $"--entities must be between {MinEntities} and {MaxEntities:N0}, not {entities}");
        }
        var graphSeeds = Path.Combine(outputDirectory, Loading.GraphSources.GraphSeedsFolderName);
        var seeds = Path.Combine(outputDirectory, Loading.GraphSources.SourcesFolderName);
        foreach (var folder in new[] { graphSeeds, seeds })
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                throw new GeneratorException("OUTPUT_NOT_EMPTY", $"{folder} is not empty; remove it or choose another --out");
            }
            Directory.CreateDirectory(folder);
        }

        var plan = new GenerationPlan(entities, seed);
        using var output = new SeedOutput(graphSeeds, itemsPerFile);
        new SharedEntities(plan, output, seeds).Write();
        var documents = plan.RegistryDocuments;
        var remaining = entities - plan.Shared;
        for (var u = 0; remaining > 0; u++)
        {
            var shape = RecordShape.Of(seed, u);
            // The last record takes exactly what is left (at least its meeting and document, which the previous
            // records leave room for).
            if (remaining - shape.Entities < RecordShape.Fixed)
            {
                shape = shape.Fit(remaining);
            }
            new MeetingRecord(plan, output, u, shape).Write(seeds);
            remaining -= shape.Entities;
            documents++;
        }
        output.Dispose();
        return new GenerationSummary(output.Entities, output.Relations, documents, output.Files);
    }
}
