using System.Globalization;
using ICP.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>
/// An officer's whole journey in each interface language, error pages and e-mails included: no
/// interface string is missing.
/// </summary>
public sealed class ApplicantPagesInEachLanguageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> TranslatedLanguages() => new(Languages.Translated);

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public async Task EveryAccountAndApplicantPage_InEachLanguage_FindsEveryString(string culture)
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 15, 22, 40, 0, TimeSpan.Zero));
        portal.MissingTranslations.Clear();
        var email = $"officer-{culture}@city.example";
        var authority = $"Ville {culture.ToUpperInvariant()}";
        var anonymous = portal.CreateClient();
        await Languages.ChooseAsync(anonymous, culture);
        foreach (var url in new[] { "/account/register", "/account/login", "/account/forgot-password", "/account/resend-confirmation",
                     "/account/register/check-email", "/account/confirm-email?userId=x&code=y", "/account/lockout", "/account/reset-password?email=a@b.example&code=x",
                     "/account/forgot-password/sent", "/account/reset-password/done", "/account/access-denied", "/receipts/verify", "/receipts/verify?reference=X&code=Y" })
        {
            Assert.Equal(culture, (await HtmlPage.GetAsync(anonymous, url)).Document.DocumentElement.GetAttribute("lang"));
        }

        // Forms posted with mistakes show every validation message.
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/register"), "main form", [Field("Password", "short")]);
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/register"), "main form", [
            Field("DisplayName", "x"), Field("Email", "weak@city.example"), Field("Password", "password1234"), Field("ConfirmPassword", "password1234"), Field("AcceptPrivacy", "true")]);
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/login"), "main form", [Field("Form.Email", "nobody@city.example"), Field("Form.Password", "wrong")]);
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/forgot-password"), "main form", [Field("Email", "not an address")]);

        var journey = await ApplicantJourney.RegisterAsync(portal, email, "Officer " + culture);
        await Languages.ChooseAsync(journey.Client, culture);
        await HtmlPage.GetAsync(journey.Client, "/applicant");
        await journey.CreateAuthorityAsync("", "");
        await journey.CreateAuthorityAsync(authority, "US");
        await journey.CreateAuthorityAsync(authority, "FR");
        var id = await journey.StartApplicationAsync();
        foreach (var (slug, _) in ApplicantJourney.CompleteAnswers(authority))
        {
            await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/{slug}");
        }

        await journey.SaveStepAsync(id, "local-authority", Field("Population", "-4"), Field("Website", "lyon"), Field("Region", new string('r', 101)));
        await journey.SaveStepAsync(id, "contacts", Field("PoliticalLeadEmail", "nope"), Field("CoordinatorPhone", "call me"));
        await journey.SaveStepAsync(id, "themes", Field("PrimaryTheme", "air-quality"), Field("SecondaryTheme", "air-quality"));
        await journey.SaveStepAsync(id, "case", Field("MainChallenge", "Short."));
        await journey.SaveStepAsync(id, "capacity", Field("StaffDaysPerMonth", "40"), Field("DelegationSize", "9"), Field("WillingToHost", "maybe"));
        await journey.UploadAsync(id, TestDocuments.PngNamedAsPdf());
        await journey.SubmitAsync(id);
        await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}");
        await HtmlPage.GetAsync(journey.Client, "/applicant/team");
        await journey.Client.SubmitAsync(await HtmlPage.GetAsync(journey.Client, "/applicant/team"), "#invite-form", [Field("Form.Email", "bad")]);
        await HtmlPage.GetAsync(journey.Client, "/applicant/invitations/accept?token=unknown");
        await journey.Client.SubmitAsync(await HtmlPage.GetAsync(journey.Client, "/applicant/invitations/accept?token=unknown"), "main form");
        await HtmlPage.GetAsync(journey.Client, "/account");
        await HtmlPage.GetAsync(journey.Client, "/account/password");
        await HtmlPage.GetAsync(journey.Client, "/account/two-factor");
        await journey.Client.SubmitAsync(await HtmlPage.GetAsync(journey.Client, "/account/personal-data"), "#delete-form", [Field("Password", "wrong-password-here")]);
        await journey.Client.SubmitAsync(await HtmlPage.GetAsync(journey.Client, "/account/personal-data"), "#delete-form", [Field("Password", "wrong-password-here"), Field("ConfirmDeletion", "true")]);
        var confirm = await HtmlPage.GetAsync(journey.Client, "/account/confirm-identity");
        await journey.Client.SubmitAsync(confirm, "main form", [Field("Form.Password", "pas-le-bon-mot-de-passe")]);

        await journey.FillEveryStepAsync(id, authority);
        await journey.UploadAsync(id, TestDocuments.Pdf());
        await journey.SubmitAsync(id);
        await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/versions/1");
        await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}");
        var withdraw = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        await journey.Client.SubmitAsync(withdraw, "main form", [Field("Form.Reason", "")]);
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");

        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 15, 23, 0, 1, TimeSpan.Zero));
        var refused = await journey.Client.SubmitAsync(review, "#submit-form", [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]);
        Assert.Equal(culture, refused.Document.DocumentElement.GetAttribute("lang"));
        await HtmlPage.GetAsync(journey.Client, "/applicant");
        await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        Assert.Empty(portal.MissingTranslations.Keys);

        // The receipt e-mail, written to the outbox and delivered later, is in the officer's language.
        var subject = Localised(culture, "Receipt: application {0}, version {1}");
        var receipt = await portal.Mailbox.WaitForAsync(email, subject[..subject.IndexOf("{0}", StringComparison.Ordinal)]);
        Assert.Contains($"<html lang=\"{culture}\">", receipt.HtmlBody, StringComparison.Ordinal);
    }

    private string Localised(string culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return portal.Services.GetRequiredService<IStringLocalizer<ICP.Web.SharedResource>>()[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
