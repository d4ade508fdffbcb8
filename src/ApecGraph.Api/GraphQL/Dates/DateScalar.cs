using ApecGraph.Core.Model;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ApecGraph.Api.GraphQL.Dates;

/// <summary>An ISO 8601 calendar date, or a year-month or a year where the source gives no more.</summary>
public sealed class DateScalar : ScalarGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "ISO 8601 date: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no more.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Check((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Check(s),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value as string;

    // PartialDate checks the calendar too: 2021-02-29 is not a date.
    private static string Check(string text) => PartialDate.Parse(text).ToString();
}
