using System.Globalization;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Activities;

/// <summary>
/// The registration form names countries in the page's language and sorts them as that language
/// does; what is stored stays the ISO code, and staff see the name in their own language.
/// </summary>
public sealed class CountryNamesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync()
    {
        _portal.Clock.SetUtcNow(Now);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task RegistrationForm_InFrench_NamesCountriesInFrench_SortedAsFrenchSorts_AndStoresTheCode()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var client = _portal.CreateClient();

        var form = await HtmlPage.GetAsync(client, $"/activities/{id}/register?culture=fr");

        var options = Options(form);
        Assert.Equal("Allemagne", options["DE"]);
        Assert.Equal("Afrique du Sud", options["ZA"]);
        Assert.Equal("Corée du Sud", options["KR"]);
        var names = options.Values.ToList();
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("fr"), CompareOptions.IgnoreCase)), names);

        // South Africa comes before Germany in French (Afrique, Allemagne), after it in English.
        Assert.True(names.IndexOf("Afrique du Sud") < names.IndexOf("Allemagne"));
        Assert.True(names.IndexOf("Émirats arabes unis") < names.IndexOf("Espagne"));

        await client.SubmitAsync(form, "#registration-form",
            [Field("Form.Name", "Lena Vogel"), Field("Form.Email", "lena@example.de"), Field("Form.Organisation", "Stadt Freiburg"), Field("Form.CountryCode", "DE"), Field("Form.Consent", "true")]);
        Assert.Equal("DE", await _portal.WithDbAsync(db => db.ActivityRegistrations.Select(r => r.CountryCode).SingleAsync()));

        await StaffJourney.SeedStaffAsync(_portal, 0);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var staffPage = await manager.GetAsync($"/admin/activities/{id}?culture=es");
        Assert.Contains("Alemania", staffPage.Texts("#registrations td"));
        var csv = ExportedFile.Csv(await manager.Client.GetByteArrayAsync(new Uri($"/admin/activities/{id}/registrations.csv?culture=es", UriKind.Relative)));
        Assert.Equal(("Alemania", "DE"), (csv[1][3], csv[1][9]));
    }

    [Theory]
    [InlineData("es", "Alemania", "Sudáfrica")]
    [InlineData("ca", "Alemanya", "República de Sud-àfrica")]
    [InlineData("en", "Germany", "South Africa")]
    public async Task RegistrationForm_InEachLanguage_NamesCountriesInIt(string culture, string germany, string southAfrica)
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);

        var options = Options(await HtmlPage.GetAsync(_portal.CreateClient(), $"/activities/{id}/register?culture={culture}"));

        Assert.Equal((germany, southAfrica), (options["DE"], options["ZA"]));
    }

    private static Dictionary<string, string> Options(HtmlPage form) =>
        form.Document.QuerySelectorAll("select[name='Form.CountryCode'] option")
            .Where(o => o.GetAttribute("value") is { Length: > 0 })
            .ToDictionary(o => o.GetAttribute("value")!, o => o.TextContent.Trim());
}
