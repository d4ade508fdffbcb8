using System.Text.Encodings.Web;
using System.Text.Json;

namespace ApecGraph.Api.GraphiQL;

/// <summary>The GraphiQL HTML page, served at <c>/graphiql</c> and, for browsers, at <c>GET /graphql</c>.</summary>
public static class GraphiQLPage
{
    public const string Title = "ApecGraph GraphiQL";
    /// <summary>Where the IDE sends its queries: the GraphQL endpoint.</summary>
    public const string GraphQLPath = Http.GraphQLEndpoint.Path;

    public const string DefaultQuery = """
        {
          proposals(first: 20) {
            totalCount
            edges {
              node {
                id
                title
                status
                proposers { ... on Entity { id name } }
                meeting { id name startDate format }
              }
            }
          }
        }
        """;

    /// <summary>The IDE, or a page explaining how to install it when the build had no npm.</summary>
    public static IResult Render(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        context.Response.Headers.CacheControl = "no-cache";
        var html = GraphiQLAssets.AreInstalled ? Ide(pathBase) : GraphiQLInstallHelp.Html(context);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static string Ide(string pathBase)
    {
        var styles = string.Concat(GraphiQLAssets.Styles.Select(file =>
            $"""<link rel="stylesheet" href="{Attr(GraphiQLAssets.Url(pathBase, file))}">"""));
        var scripts = string.Concat(GraphiQLAssets.Scripts.Select(file =>
            $"""<script src="{Attr(GraphiQLAssets.Url(pathBase, file))}"></script>"""));
        // JsonSerializer's default encoder escapes <, > and &, so these literals are safe inside <script>.
        var endpoint = JsonSerializer.Serialize(pathBase + GraphQLPath);
        var query = JsonSerializer.Serialize(DefaultQuery);
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Title}}</title>
            {{styles}}
            <style>html, body { height: 100%; margin: 0; } body { display: flex; flex-direction: column; }
            #graphiql { flex: 1; min-height: 0; } #explore-link { padding: 0.3rem 1rem; font: 14px sans-serif; background: #f7f7f9; border-bottom: 1px solid #ccc; }</style>
            </head>
            <body>
            <nav id="explore-link"><a href="{{Attr(pathBase + "/explore")}}">Explore the graph visually: /explore</a></nav>
            <div id="graphiql">Loading GraphiQL…</div>
            {{scripts}}
            <script>
              async function fetcher(params) {
                const response = await fetch({{endpoint}}, {
                  method: 'POST',
                  headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/graphql-response+json, application/json',
                  },
                  body: JSON.stringify(params),
                });
                const text = await response.text();
                try { return JSON.parse(text); }
                catch { return { errors: [{ message: `HTTP ${response.status}: ${text}` }] }; }
              }
              ReactDOM.createRoot(document.getElementById('graphiql')).render(
                React.createElement(GraphiQL, { fetcher, defaultQuery: {{query}} }));
            </script>
            </body>
            </html>
            """;
    }

    private static string Attr(string value) => HtmlEncoder.Default.Encode(value);
}
