using ICP.Testing;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>A French-speaking officer's whole journey, error pages included: no interface string is missing.</summary>
public sealed class ApplicantPagesInFrenchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryAccountAndApplicantPage_InFrench_FindsEveryString()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 15, 22, 40, 0, TimeSpan.Zero));
        var anonymous = portal.CreateClient();
        await ChooseFrenchAsync(anonymous);
        foreach (var url in new[] { "/account/register", "/account/login", "/account/forgot-password", "/account/resend-confirmation",
                     "/account/register/check-email", "/account/confirm-email?userId=x&code=y", "/account/lockout", "/account/reset-password?email=a@b.example&code=x",
                     "/account/forgot-password/sent", "/account/reset-password/done", "/account/access-denied", "/receipts/verify", "/receipts/verify?reference=X&code=Y" })
        {
            Assert.Equal("fr", (await HtmlPage.GetAsync(anonymous, url)).Document.DocumentElement.GetAttribute("lang"));
        }

        // Forms posted with mistakes show every validation message.
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/register"), "main form", [Field("Password", "short")]);
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/register"), "main form", [
            Field("DisplayName", "x"), Field("Email", "weak@city.example"), Field("Password", "password1234"), Field("ConfirmPassword", "password1234"), Field("AcceptPrivacy", "true")]);
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/login"), "main form", [Field("Form.Email", "nobody@city.example"), Field("Form.Password", "wrong")]);
        await anonymous.SubmitAsync(await HtmlPage.GetAsync(anonymous, "/account/forgot-password"), "main form", [Field("Email", "not an address")]);

        var journey = await ApplicantJourney.RegisterAsync(portal, "francophone@lyon.example", "Agent Lyon");
        await ChooseFrenchAsync(journey.Client);
        await HtmlPage.GetAsync(journey.Client, "/applicant");
        await journey.CreateAuthorityAsync("", "");
        await journey.CreateAuthorityAsync("Ville de Lyon", "US");
        await journey.CreateAuthorityAsync("Ville de Lyon", "FR");
        var id = await journey.StartApplicationAsync();
        foreach (var (slug, _) in ApplicantJourney.CompleteAnswers("Ville de Lyon"))
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

        await journey.FillEveryStepAsync(id, "Ville de Lyon");
        await journey.UploadAsync(id, TestDocuments.Pdf());
        await journey.SubmitAsync(id);
        await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/versions/1");
        await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}");
        var withdraw = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        await journey.Client.SubmitAsync(withdraw, "main form", [Field("Form.Reason", "")]);
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");

        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 15, 23, 0, 1, TimeSpan.Zero));
        var refused = await journey.Client.SubmitAsync(review, "#submit-form", [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]);
        Assert.Equal("fr", refused.Document.DocumentElement.GetAttribute("lang"));
        await HtmlPage.GetAsync(journey.Client, "/applicant");
        await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        await portal.Mailbox.WaitForAsync("francophone@lyon.example", "Accusé de réception");

        Assert.Empty(portal.MissingTranslations.Keys);
    }

    private static async Task ChooseFrenchAsync(HttpClient client)
    {
        var languages = await HtmlPage.GetAsync(client, "/language");
        await client.SubmitAsync(languages, "#languages li:nth-child(2) form");
    }
}
