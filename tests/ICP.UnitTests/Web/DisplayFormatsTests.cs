using System.Globalization;
using ICP.Web.Mvc;
using Xunit;

namespace ICP.UnitTests.Web;

public sealed class DisplayFormatsTests
{
    [Theory]
    [InlineData("2022-04-01", "2022-04-30", "en", "April 2022")]
    [InlineData("2021-10-01", "2021-12-31", "en", "October – December 2021")]
    [InlineData("2022-05-01", "2023-02-28", "en", "May 2022 – February 2023")]
    [InlineData("2021-10-01", "2021-11-15", "en", "1 October – 15 November 2021")]
    [InlineData("2021-12-20", "2022-01-05", "en", "20 December 2021 – 5 January 2022")]
    [InlineData("2022-06-13", "2022-06-13", "en", "13 June 2022")]
    [InlineData("2021-10-01", "2021-12-31", "fr", "octobre – décembre 2021")]
    [InlineData("2021-10-01", "2021-11-15", "fr", "1 octobre – 15 novembre 2021")]
    [InlineData("2022-04-01", "2022-04-30", "es", "abril de 2022")]
    [InlineData("2021-10-01", "2021-12-31", "es", "octubre – diciembre de 2021")]
    [InlineData("2021-10-01", "2021-11-15", "es", "1 de octubre – 15 de noviembre de 2021")]
    [InlineData("2022-06-13", "2022-06-13", "es", "13 de junio de 2022")]
    [InlineData("2022-04-01", "2022-04-30", "ca", "abril de 2022")]
    [InlineData("2022-05-01", "2023-02-28", "ca", "maig de 2022 – febrer de 2023")]
    [InlineData("2021-10-01", "2021-11-15", "ca", "1 d’octubre – 15 de novembre de 2021")]
    [InlineData("2022-04-11", "2022-04-11", "ca", "11 d’abril de 2022")]
    public void Period_ReadsAsThePlanAnnouncesIt(string start, string end, string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        var text = DisplayFormats.Period(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void DateTimeIn_Brussels_ShowsTheWallClockOfTheDeadline()
    {
        using var _ = new CultureScope("en");

        var text = DisplayFormats.DateTimeIn(new DateTimeOffset(2021, 11, 15, 22, 59, 59, TimeSpan.Zero), "Europe/Brussels");

        Assert.Equal("15 November 2021, 23:59:59", text);
    }

    [Theory]
    [InlineData("en", "15 November 2021, 23:59:59")]
    [InlineData("fr", "15 novembre 2021, 23:59:59")]
    [InlineData("es", "15 de noviembre de 2021, 23:59:59")]
    [InlineData("ca", "15 de novembre de 2021, 23:59:59")]
    public void DateTimeIn_EachLanguage_ReadsAsThatLanguageWritesDates(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        var text = DisplayFormats.DateTimeIn(new DateTimeOffset(2021, 11, 15, 22, 59, 59, TimeSpan.Zero), "Europe/Brussels");

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Iso_IsUtcWithAZ()
    {
        Assert.Equal("2021-11-15T22:59:59Z", DisplayFormats.Iso(new DateTimeOffset(2021, 11, 15, 23, 59, 59, TimeSpan.FromHours(1))));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
