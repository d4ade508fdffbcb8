namespace ApecGraph.Api.Documents;

/// <summary>The page a document URL answers when it cannot show a document (400, 404, 503).</summary>
internal static class DocumentErrorPage
{
    public static string Html(string pathBase, string title, string message) => Documents.Html.Page(title + " · ApecGraph", $"""
        <main class="error">
        <h1>{Documents.Html.Text(title)}</h1>
        <p>{Documents.Html.Text(message)}</p>
        <p><a href="{Documents.Html.Text(pathBase)}/graphiql">Query the graph</a> to list the documents it holds (<code>{"{"} documents {"{"} edges {"{"} node {"{"} id title {"}"} {"}"} {"}"} {"}"}</code>).</p>
        </main>
        """);
}
