namespace ApecGraph.Api.GraphiQL;

/// <summary>
/// The GraphiQL files installed from npm (graphiql-ui/package-lock.json) and copied by the build
/// into <c>{build output}/graphiql/</c>; served under <see cref="UrlPrefix"/>.
/// </summary>
public static class GraphiQLAssets
{
    public const string UrlPrefix = "/graphiql/assets/";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "graphiql");

    // Order matters: graphiql's UMD bundle reads window.React and window.ReactDOM when it loads.
    public static IReadOnlyList<string> Scripts { get; } =
        ["react.production.min.js", "react-dom.production.min.js", "graphiql.min.js"];

    public static IReadOnlyList<string> Styles { get; } = ["graphiql.min.css"];

    public static bool AreInstalled => Scripts.Concat(Styles).All(file => File.Exists(Path.Combine(Folder, file)));

    /// <summary>Site-relative URL of an asset; the query string changes when the file does, to bust caches.</summary>
    public static string Url(string pathBase, string file) =>
        $"{pathBase}{UrlPrefix}{file}?v={File.GetLastWriteTimeUtc(Path.Combine(Folder, file)).Ticks:x}";

    public static string? ContentType(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => null,
    };

    /// <summary>Serves only the known file names, so the route cannot reach any other file.</summary>
    public static IResult Serve(HttpContext context, string file)
    {
        var path = Path.Combine(Folder, file);
        if (!Scripts.Contains(file) && !Styles.Contains(file) || !File.Exists(path))
            return Results.NotFound();
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.File(path, ContentType(file), lastModified: File.GetLastWriteTimeUtc(path));
    }
}
