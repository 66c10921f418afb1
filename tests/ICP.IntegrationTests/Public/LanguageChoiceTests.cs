using System.Net.Http.Headers;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>
/// Which language a visitor gets, and how it is remembered: Accept-Language on a first visit, the
/// cookie the language page sets, the account's preference for a signed-in person and their e-mails.
/// </summary>
public sealed class LanguageChoiceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task LanguagePage_ListsEachLanguageInItsOwnName()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/language?culture=es");

        var buttons = page.All("#languages button").Select(b => (Lang: b.GetAttribute("lang"), Text: b.TextContent.Trim())).ToList();

        Assert.Equal([("en", "English (EN)"), ("fr", "français (FR)"), ("ca", "català (CA)"), ("es", "español (ES)")], buttons);
    }

    [Theory]
    [InlineData("es-ES,es;q=0.9,en;q=0.5", "es")]
    [InlineData("ca-ES,ca;q=0.9,es;q=0.8", "ca")]
    [InlineData("fr-BE,fr;q=0.9", "fr")]
    [InlineData("de-DE,de;q=0.9", "en")]
    public async Task FirstVisit_FollowsAcceptLanguage_AndTheCachedPageIsThatLanguages(string acceptLanguage, string expected)
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        // The same page in English first: the public page cache must not answer it in another language.
        await HtmlPage.GetAsync(portal.CreateClient(), "/timeline");
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(acceptLanguage.Split(',')[0]));

        var page = await HtmlPage.GetAsync(client, "/timeline");

        Assert.Equal(expected, page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("es", "Fecha límite: 15 de noviembre de 2021, 23:59:59 (hora de Bruselas)")]
    [InlineData("fr", "Date limite : 15 novembre 2021, 23:59:59 (heure de Bruxelles)")]
    [InlineData("ca", "15 de novembre de 2021, 23:59:59")]
    public async Task Deadline_ReadsInTheLanguage_AndStillSaysBrusselsTime(string culture, string expected)
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);

        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/?culture=" + culture);

        Assert.Contains(expected, home.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingALanguage_WhenSignedIn_IsKeptOnTheAccount_ForItsEmailsAndItsNextSignIn()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var journey = await ApplicantJourney.RegisterAsync(portal, "oficina@valencia.example", "Técnica Valencia");

        await Languages.ChooseAsync(journey.Client, "es");

        Assert.Equal("es", await portal.WithDbAsync(db => db.Users.Where(u => u.Email == journey.Email).Select(u => u.PreferredCulture).SingleAsync()));

        // A password reset asked from an English browser is written in the account's language.
        var english = portal.CreateClient();
        await english.SubmitAsync(await HtmlPage.GetAsync(english, "/account/forgot-password"), "main form", [Field("Email", journey.Email)]);
        var mail = await portal.Mailbox.WaitForAsync(journey.Email, "Elija una contraseña nueva para el portal ICP");
        Assert.Contains("<html lang=\"es\">", mail.HtmlBody, StringComparison.Ordinal);

        // Signing in on another browser, which only says English, brings the account's language back.
        var elsewhere = portal.CreateClient();
        var login = await HtmlPage.GetAsync(elsewhere, "/account/login");
        var landed = await elsewhere.SubmitAsync(login, "main form", [Field("Form.Email", journey.Email), Field("Form.Password", ApplicantJourney.StrongPassword)]);
        Assert.Equal("es", landed.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("es", (await HtmlPage.GetAsync(elsewhere, "/account")).Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task ChoosingALanguage_OnTheSignInPage_BecomesTheAccountsLanguage()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var journey = await ApplicantJourney.RegisterAsync(portal, "ajuntament@girona.example", "Tècnica Girona");
        var other = portal.CreateClient();

        await Languages.ChooseAsync(other, "ca");
        await other.SubmitAsync(await HtmlPage.GetAsync(other, "/account/login"), "main form", [Field("Form.Email", journey.Email), Field("Form.Password", ApplicantJourney.StrongPassword)]);

        Assert.Equal("ca", await portal.WithDbAsync(db => db.Users.Where(u => u.Email == journey.Email).Select(u => u.PreferredCulture).SingleAsync()));
    }
}
