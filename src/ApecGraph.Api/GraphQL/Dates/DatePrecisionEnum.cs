using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Dates;

/// <summary>How much of a date the sources give (<see cref="DatePrecision"/>): DAY, MONTH or YEAR.</summary>
public sealed class DatePrecisionEnum : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionEnum()
    {
        Name = "DatePrecision";
        Description = "How much of a date the sources give: a DAY (YYYY-MM-DD), a MONTH (YYYY-MM) or only a YEAR (YYYY).";
    }
}
