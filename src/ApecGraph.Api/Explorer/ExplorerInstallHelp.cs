using System.Net;

namespace ApecGraph.Api.Explorer;

/// <summary>What <c>/explore</c> shows when the build could not install the graph drawing library (no Node.js/npm).</summary>
public static class ExplorerInstallHelp
{
    public static string Html(string pathBase) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{ExplorerPage.Title}}: graph library not installed</title>
        </head>
        <body>
        <h1>{{ExplorerPage.Title}}</h1>
        <p><strong>The graph drawing library (Cytoscape.js) is not installed.</strong>
        It is installed from npm by the build, which found no Node.js/npm (or <code>npm ci</code> failed).</p>
        <p>To get it, either:</p>
        <ul>
        <li>install Node.js and npm, then rebuild the API (<code>dotnet build</code>); or</li>
        <li>run <code>npm ci --prefix src/ApecGraph.Api/explorer-ui</code> and rebuild.</li>
        </ul>
        <p>The GraphQL API works without it, at <code>POST {{WebUtility.HtmlEncode(pathBase + Http.GraphQLEndpoint.Path)}}</code>,
        and so does the <a href="{{WebUtility.HtmlEncode(pathBase + "/graphiql")}}">GraphiQL page</a> if its assets are installed.</p>
        </body>
        </html>
        """;
}
