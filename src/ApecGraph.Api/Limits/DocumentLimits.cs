using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ApecGraph.Api.Limits;

/// <summary>
/// Counts a document's tokens, aliases, directives and nesting with the GraphQL lexer, stopping at the first bound
/// exceeded, so that no document is parsed (or its errors listed) beyond the limits; then, once parsed, its fields with
/// fragments expanded and its introspection nesting, before validation (see <see cref="FieldCount"/>).
/// </summary>
public static class DocumentLimits
{
    /// <summary>The first limit the parsed <paramref name="document"/> exceeds, or null.</summary>
    public static LimitError? Check(GraphQLDocument document, RequestLimitsOptions limits)
    {
        // A chain of fragments each spreading the next: graphql-dotnet's validator follows it recursively, and a chain
        // of ~1,200 (50 KB) overflowed its stack and killed the process. Measured first, with a bounded recursion.
        if (FieldCount.FragmentDepth(document, limits.MaxFragmentDepth) > limits.MaxFragmentDepth)
            return new LimitError("fragment depth", limits.MaxFragmentDepth);
        // Fragments spread into each other multiply fields; validation compares them pairwise, so count them first.
        if (FieldCount.Expanded(document, limits.MaxFields) > limits.MaxFields)
            return new LimitError("fields", limits.MaxFields);
        if (FieldCount.IntrospectionDepth(document) > limits.MaxIntrospectionDepth)
            return new LimitError("introspection depth", limits.MaxIntrospectionDepth);
        return null;
    }

    /// <summary>The first limit <paramref name="query"/> exceeds, or null. A lexer error is left for the parser to report.</summary>
    public static LimitError? Check(string query, RequestLimitsOptions limits)
    {
        int tokens = 0, aliases = 0, directives = 0, nesting = 0, parentheses = 0;
        var previous = TokenKind.UNKNOWN;
        var position = 0;
        while (true)
        {
            Token token;
            try
            {
                token = Lexer.Lex(query, position);
            }
            catch (GraphQLParserException)
            {
                return null;
            }
            if (token.Kind == TokenKind.EOF) return null;
            position = token.End;
            if (token.Kind == TokenKind.COMMENT) continue;
            if (++tokens > limits.MaxTokens) return new LimitError("tokens", limits.MaxTokens);
            switch (token.Kind)
            {
                case TokenKind.AT when ++directives > limits.MaxDirectives:
                    return new LimitError("directives", limits.MaxDirectives);
                // 'name :' outside parentheses is an alias; inside them it is an argument, a variable or an object field.
                case TokenKind.COLON when previous == TokenKind.NAME && parentheses == 0 && ++aliases > limits.MaxAliases:
                    return new LimitError("aliases", limits.MaxAliases);
                case TokenKind.BRACE_L or TokenKind.BRACKET_L or TokenKind.PAREN_L:
                    if (token.Kind == TokenKind.PAREN_L) parentheses++;
                    if (++nesting > limits.MaxNesting) return new LimitError("nesting", limits.MaxNesting);
                    break;
                case TokenKind.BRACE_R or TokenKind.BRACKET_R or TokenKind.PAREN_R:
                    if (token.Kind == TokenKind.PAREN_R && parentheses > 0) parentheses--;
                    if (nesting > 0) nesting--;
                    break;
            }
            previous = token.Kind;
        }
    }
}

/// <summary>A document over one of <see cref="RequestLimitsOptions"/>' bounds: which, and the bound.</summary>
public sealed record LimitError(string Limit, int Maximum)
{
    public const string Code = "DOCUMENT_LIMIT";

    public string Message => $"The document is over this API's limit on {Limit} ({Maximum}); split or simplify it.";
}
