using System.Reflection;

namespace ApecGraph.Api.Explorer;

/// <summary>
/// The explorer's files, served under <see cref="UrlPrefix"/>: the graph drawing library installed from npm
/// (explorer-ui/package-lock.json) and copied by the build into <c>{build output}/explorer/</c>, and the page's own
/// script and style sheet, embedded in this assembly (Explorer/Static/).
/// </summary>
public static class ExplorerAssets
{
    public const string UrlPrefix = "/explore/assets/";
    public const string Library = "cytoscape.min.js";
    public const string Script = "explorer.js";
    public const string Styles = "explorer.css";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "explorer");

    public static bool LibraryIsInstalled => File.Exists(Path.Combine(Folder, Library));

    private static readonly Assembly Assembly = typeof(ExplorerAssets).Assembly;
    private static readonly DateTimeOffset Built = File.GetLastWriteTimeUtc(Assembly.Location);

    /// <summary>Site-relative URL of an asset; the query string changes when the file does, to bust caches.</summary>
    public static string Url(string pathBase, string file) => $"{pathBase}{UrlPrefix}{file}?v={Modified(file).Ticks:x}";

    /// <summary>Serves only the three known file names, so the route cannot reach any other file.</summary>
    public static IResult Serve(HttpContext context, string file)
    {
        var type = Path.GetExtension(file) == ".css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        if (file == Library)
        {
            var path = Path.Combine(Folder, file);
            if (!File.Exists(path)) return Results.NotFound();
            ExplorerHeaders.Add(context, "public, max-age=86400");
            return Results.File(path, type, lastModified: File.GetLastWriteTimeUtc(path));
        }
        if (file is not (Script or Styles)) return Results.NotFound();
        ExplorerHeaders.Add(context, "public, max-age=86400");
        return Results.Stream(Embedded(file), type, lastModified: Built);
    }

    private static Stream Embedded(string file) =>
        Assembly.GetManifestResourceStream("ApecGraph.Api.Explorer." + file)
        ?? throw new InvalidOperationException($"{file} is not embedded in {Assembly.GetName().Name}");

    private static DateTimeOffset Modified(string file) =>
        file == Library ? File.GetLastWriteTimeUtc(Path.Combine(Folder, file)) : Built;
}
