using System.Net;

namespace ApecGraph.Api.GraphiQL;

/// <summary>What <c>/graphiql</c> shows when the build could not install the IDE assets (no Node.js/npm).</summary>
public static class GraphiQLInstallHelp
{
    public static string Html(HttpContext context)
    {
        var request = context.Request;
        var endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{GraphiQLPage.GraphQLPath}";
        var curl = $$"""
            curl -X POST {{endpoint}} \
              -H 'Content-Type: application/json' \
              -H 'Accept: application/graphql-response+json, application/json' \
              -d '{"query": "{ proposals(first: 5) { totalCount edges { node { id title } } } }"}'
            """;
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{{GraphiQLPage.Title}}: IDE assets not installed</title>
            <style>body { font-family: sans-serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5; }
            pre { background: #f4f4f4; padding: 1rem; overflow-x: auto; }</style>
            </head>
            <body>
            <h1>{{GraphiQLPage.Title}}</h1>
            <p><strong>The GraphiQL IDE assets are not installed.</strong>
            They are installed from npm by the build, which found no Node.js/npm (or <code>npm ci</code> failed).</p>
            <p>To get them, either:</p>
            <ul>
            <li>install Node.js and npm, then rebuild the API (<code>dotnet build</code>); or</li>
            <li>run <code>npm ci --prefix src/ApecGraph.Api/graphiql-ui</code> and rebuild.</li>
            </ul>
            <p>The GraphQL API itself works without them, at <code>POST {{WebUtility.HtmlEncode(GraphiQLPage.GraphQLPath)}}</code>:</p>
            <pre>{{WebUtility.HtmlEncode(curl)}}</pre>
            </body>
            </html>
            """;
    }
}
