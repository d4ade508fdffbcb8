namespace ApecGraph.Api.Documents;

/// <summary>The document pages' styles, inline (the pages load nothing else): a readable serif text column and the list
/// of passages beside it, stacked below on narrow screens.</summary>
internal static class DocumentPageStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --mark: #fff1a8; --mark2: #ffd966; --mark3: #f4b942; --line: #e3e3e3; --link: #0b57d0; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fbfaf7; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        header { padding: 1.5rem 2rem 0.5rem; max-width: 84rem; margin: 0 auto; }
        header h1 { font: 600 1.6rem/1.3 Georgia, "DejaVu Serif", serif; margin: 0.25rem 0; }
        .crumbs, .summary { color: var(--muted); font-size: 0.9rem; margin: 0; }
        main { display: grid; grid-template-columns: minmax(0, 42rem) minmax(18rem, 1fr); gap: 2.5rem; padding: 1rem 2rem 3rem; max-width: 84rem; margin: 0 auto; }
        .text { font: 1.08rem/1.75 Georgia, "DejaVu Serif", serif; white-space: pre-wrap; overflow-wrap: break-word; background: #fff; padding: 1.5rem 2rem; border: 1px solid var(--line); border-radius: 6px; }
        .text.missing { white-space: normal; color: var(--muted); }
        mark { background: var(--mark); color: inherit; border-radius: 2px; }
        mark.depth-2 { background: var(--mark2); }
        mark.depth-3 { background: var(--mark3); }
        mark a { color: inherit; text-decoration: none; }
        mark .br { background: #fff; }
        mark a:hover, mark a:focus { text-decoration: underline; outline: none; }
        .anchor { scroll-margin-top: 4rem; }
        .passages { font-size: 0.92rem; max-height: calc(100vh - 2rem); overflow-y: auto; position: sticky; top: 1rem; }
        .passages h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 0.5rem; }
        .passages ol { list-style: none; margin: 0; padding: 0; }
        .passage { border-top: 1px solid var(--line); padding: 0.6rem 0 0.6rem 2.2rem; position: relative; scroll-margin-top: 1rem; }
        .passage:target { background: #fff8d6; }
        .back { position: absolute; left: 0; top: 0.6rem; min-width: 1.7rem; text-align: center; font-size: 0.78rem; background: var(--mark); color: var(--ink); border-radius: 3px; text-decoration: none; }
        blockquote { margin: 0 0 0.3rem; font-family: Georgia, "DejaVu Serif", serif; color: #333; }
        .facts { margin: 0; padding-left: 1rem; }
        .fact { margin: 0.15rem 0; }
        .type { font: 600 0.78rem/1 ui-monospace, "DejaVu Sans Mono", monospace; color: #7a3e00; }
        .kind { color: var(--muted); font-size: 0.8rem; }
        a { color: var(--link); }
        .qualifiers { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.6rem; margin: 0.1rem 0 0.3rem; color: var(--muted); font-size: 0.85rem; }
        .qualifiers dt { font-style: italic; }
        .qualifiers dd { margin: 0; }
        .overlaps { margin: 0.2rem 0 0; font-size: 0.8rem; color: var(--muted); }
        .error { display: block; max-width: 40rem; }
        @media (max-width: 60rem) { main { grid-template-columns: 1fr; } .passages { position: static; max-height: none; } }
        """;
}
