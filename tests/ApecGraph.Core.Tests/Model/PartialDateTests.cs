using ApecGraph.Core.Model;

namespace ApecGraph.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2016", "2016-01-01", "2016-12-31", DatePrecision.Year)]
    [InlineData("2016-02", "2016-02-01", "2016-02-29", DatePrecision.Month)] // leap year
    [InlineData("2015-02", "2015-02-01", "2015-02-28", DatePrecision.Month)]
    [InlineData("1900-02", "1900-02-01", "1900-02-28", DatePrecision.Month)] // divisible by 100: not a leap year
    [InlineData("2000-02", "2000-02-01", "2000-02-29", DatePrecision.Month)] // divisible by 400: a leap year
    [InlineData("2020-04", "2020-04-01", "2020-04-30", DatePrecision.Month)]
    [InlineData("2020-12", "2020-12-01", "2020-12-31", DatePrecision.Month)]
    [InlineData("2020-05-27", "2020-05-27", "2020-05-27", DatePrecision.Day)]
    [InlineData("2016-02-29", "2016-02-29", "2016-02-29", DatePrecision.Day)]
    public void A_date_stands_for_every_day_it_covers(string text, string start, string end, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), precision),
            (date.Start, date.End, date.Precision));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("16")]
    [InlineData("20166")]
    [InlineData("2016-2")]
    [InlineData("2016-13")]
    [InlineData("2016-00")]
    [InlineData("2021-02-29")] // not a leap year
    [InlineData("2020-04-31")]
    [InlineData("2020-05-27T00:00")]
    [InlineData(" 2016")]
    [InlineData("2016 ")]
    [InlineData("2016/05/27")]
    [InlineData("20160527")]
    [InlineData("0000")]
    [InlineData("+2016")]
    [InlineData("٢٠١٦")] // Arabic-Indic digits are digits, not ASCII digits
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Null_is_not_a_date() => Assert.False(PartialDate.TryParse(null, out _));
}
