using System.Text.Encodings.Web;

namespace ApecGraph.Api.Explorer;

/// <summary>The explorer's HTML at <c>/explore</c>: a shell that explorer.js fills in; no inline script or style (see
/// <see cref="ExplorerHeaders"/>). Deep links (<c>?id=</c>, <c>?from=&amp;to=</c>) are read by the script.</summary>
public static class ExplorerPage
{
    public const string Title = "ApecGraph explorer";

    public static IResult Render(HttpContext context)
    {
        ExplorerHeaders.Add(context, "no-cache");
        var pathBase = context.Request.PathBase.Value ?? "";
        var html = ExplorerAssets.LibraryIsInstalled ? Shell(pathBase) : ExplorerInstallHelp.Html(pathBase);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static string Shell(string pathBase) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Title}}</title>
        <!-- The id tells Cytoscape.js its container style is already here (explorer.css), so it injects no inline <style> (CSP). -->
        <link rel="stylesheet" id="__________cytoscape_stylesheet" href="{{Attr(ExplorerAssets.Url(pathBase, ExplorerAssets.Styles))}}">
        </head>
        <body data-graphql="{{Attr(pathBase + Http.GraphQLEndpoint.Path)}}" data-documents="{{Attr(pathBase + "/documents/")}}" data-explore="{{Attr(pathBase + "/explore")}}">
        <header>
          <h1>{{Title}}</h1>
          <div class="finder">
            <label for="search">Entity</label>
            <div class="combo"><input id="search" type="search" autocomplete="off" placeholder="Search a name, alias or acronym, e.g. MITI"
              role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-list"><ul id="search-list" role="listbox" hidden></ul></div>
          </div>
          <div class="finder">
            <label for="path-search">Path to…</label>
            <div class="combo"><input id="path-search" type="search" autocomplete="off" placeholder="Second entity (or shift-click a node)"
              role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="path-search-list"><ul id="path-search-list" role="listbox" hidden></ul></div>
            <label for="max-hops">within</label>
            <select id="max-hops"><option>2</option><option>3</option><option>4</option><option>5</option><option selected>6</option></select> hops
          </div>
          <nav><a href="{{Attr(pathBase + "/graphiql")}}">GraphiQL</a></nav>
        </header>
        <main>
          <div id="graph" aria-label="Graph of the selected entity and its neighbours"></div>
          <aside>
            <p id="status" role="status">Search an entity to start.</p>
            <ul id="legend" aria-label="Legend"></ul>
            <section id="details" aria-live="polite"></section>
          </aside>
        </main>
        <script src="{{Attr(ExplorerAssets.Url(pathBase, ExplorerAssets.Library))}}"></script>
        <script src="{{Attr(ExplorerAssets.Url(pathBase, ExplorerAssets.Script))}}"></script>
        </body>
        </html>
        """;

    private static string Attr(string value) => HtmlEncoder.Default.Encode(value);
}
