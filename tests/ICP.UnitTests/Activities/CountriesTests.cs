using System.Globalization;
using ICP.Web.Configuration;
using ICP.Web.Features.Activities;
using Xunit;

namespace ICP.UnitTests.Activities;

/// <summary>Country names come from the CLDR table in each of the portal's languages, whatever the machine's own language.</summary>
public sealed class CountriesTests
{
    [Theory]
    [InlineData("fr", "Allemagne")]
    [InlineData("fr-BE", "Allemagne")]
    [InlineData("es", "Alemania")]
    [InlineData("ca", "Alemanya")]
    [InlineData("en", "Germany")]
    [InlineData("de", "Germany")]
    public void NameOf_InACulture_IsTheNameInItsLanguage_EnglishForALanguageThePortalDoesNotSpeak(string culture, string expected) =>
        Assert.Equal(expected, Countries.NameOf("DE", CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void NameOf_FollowsTheCurrentUiCulture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
                        Assert.Equal("Espagne", Countries.Options("ES").Single(o => o.Selected).Text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Table_NamesEveryCodeInEveryPortalLanguage()
    {
        var codes = Countries.Options(null).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);

        Assert.True(codes.Count > 240, $"{codes.Count} codes");
        Assert.All(new[] { "CA", "ZA", "SG", "HK", "KR", "TW", "PT", "XK" }, code => Assert.Contains(code, codes));
        Assert.All(LocalisationSetup.Languages, language => Assert.Contains(language.Code, Countries.Languages));
        foreach (var language in LocalisationSetup.Languages)
        {
            var culture = CultureInfo.GetCultureInfo(language.Code);
            Assert.All(codes, code => Assert.NotEqual(code, Countries.NameOf(code, culture)));
        }
    }

    [Fact]
    public void UnknownCode_IsNotKnown_AndShownAsItIs()
    {
        Assert.False(Countries.IsKnown("XX"));
        Assert.False(Countries.IsKnown("de"));
        Assert.Equal("XX", Countries.NameOf("XX", CultureInfo.GetCultureInfo("fr")));
    }
}
