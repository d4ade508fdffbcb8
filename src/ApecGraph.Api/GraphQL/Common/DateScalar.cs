using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ApecGraph.Api.GraphQL.Common;

/// <summary>An ISO 8601 calendar date, or a year-month or a year where the source gives no more.</summary>
public sealed partial class DateScalar : ScalarGraphType
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

    private static string Check(string text) => IsoDate().IsMatch(text)
        ? text
        : throw new FormatException($"'{text}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.");

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();
}
