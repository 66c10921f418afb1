using System.Net;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Accounts;

/// <summary>
/// The portal's e-mails speak in the programme's name, so they carry no text a stranger chose to an
/// address nobody has confirmed (a registration or an invitation with someone else's address); names
/// are plain names (no web addresses, no control characters); and no address receives more than a
/// few unsolicited messages an hour, whoever asks.
/// </summary>
public sealed class UserTextInEmailTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Registration_WithSomeoneElsesAddress_SendsThemNothingTheRegistrantTyped()
    {
        var client = portal.CreateClient();
        var register = await HtmlPage.GetAsync(client, "/account/register");

        await client.SubmitAsync(register, "main form", [
            Field("DisplayName", "URGENT Your grant is suspended - call +32 2 555 0100 to confirm your bank details"), Field("Email", "victim-register@city.example"),
            Field("Password", ApplicantJourney.StrongPassword), Field("ConfirmPassword", ApplicantJourney.StrongPassword), Field("AcceptPrivacy", "true")]);

        var mail = await portal.Mailbox.WaitForAsync("victim-register@city.example", "Confirm your e-mail address");
        Assert.DoesNotContain("URGENT", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("URGENT", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("555 0100", mail.TextBody + mail.HtmlBody + mail.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("URGENT: confirm your bank details at https://evil.example/icp", "A name cannot contain a web or e-mail address. (After a full stop, leave a space.)")]
    [InlineData("Call evil.example now", "A name cannot contain a web or e-mail address. (After a full stop, leave a space.)")]
    [InlineData("Write to refunds@evil.example", "A name cannot contain a web or e-mail address. (After a full stop, leave a space.)")]
    [InlineData("Line one\nURGENT line two", "Use letters, digits, spaces and punctuation only: no line breaks or other control characters.")]
    [InlineData("Anna \u202Egnp.exe", "Use letters, digits, spaces and punctuation only: no line breaks or other control characters.")]
    public async Task Names_WithAnAddressOrControlCharacters_AreRefusedWithAClearMessage_AndNothingIsMade(string name, string message)
    {
        var client = portal.CreateClient();
        var email = $"named-{Guid.NewGuid():N}@city.example";
        var register = await HtmlPage.GetAsync(client, "/account/register");

        var refused = await client.SubmitAsync(register, "main form", [
            Field("DisplayName", name), Field("Email", email), Field("Password", ApplicantJourney.StrongPassword),
            Field("ConfirmPassword", ApplicantJourney.StrongPassword), Field("AcceptPrivacy", "true")]);

        Assert.Equal(message, refused.Texts("#DisplayName-invalid").Single());
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));

        var officer = await ApplicantJourney.RegisterAsync(portal, "namer-" + email, "Plain Name");
        var authority = await officer.CreateAuthorityAsync(name, "NL");
        Assert.Equal(message, authority.Texts("#NewAuthority_OfficialName-invalid").Single());
        Assert.Equal(0, await portal.WithDbAsync(db => db.LocalAuthorities.CountAsync(a => a.OfficialName == name)));
    }

    [Fact]
    public async Task Names_OfRealPlaces_AreAccepted()
    {
        var officer = await ApplicantJourney.RegisterAsync(portal, "stgallen@city.example", "Dr. Anna-Lena O'Brien");
        var page = await officer.CreateAuthorityAsync("St. Gallen / Saint-Gall (Stadt)", "AT");

        Assert.Null(page.Document.QuerySelector("#form-errors"));
    }

    [Fact]
    public async Task TeamInvitation_NamesNeitherInviterNorAuthority_WhichTheInviteeSeesQuoted_OnceSignedInWithThatAddress()
    {
        var lead = await ApplicantJourney.RegisterAsync(portal, "lead@evilton.example", "Urgent Notice From DG REGIO");
        await lead.CreateAuthorityAsync("Verify Your Account Now", "BE");
        await lead.Client.SubmitAsync(await HtmlPage.GetAsync(lead.Client, "/applicant/team"), "#invite-form", [Field("Form.Email", "invitee@city.example")]);

        var mail = await portal.Mailbox.WaitForAsync("invitee@city.example", "You are invited to a local authority's application team");
        foreach (var chosen in new[] { "Urgent Notice", "Verify Your Account" })
        {
            Assert.DoesNotContain(chosen, mail.Subject + mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        }

        var link = Mailbox.LinkIn(mail, "/applicant/invitations/accept").PathAndQuery;
        var invitee = await ApplicantJourney.RegisterAsync(portal, "invitee@city.example", "Invitee");
        var page = await HtmlPage.GetAsync(invitee.Client, link);
        Assert.Equal("Verify Your Account Now", page.Texts("q#invitation-authority").Single());
        Assert.Equal("Urgent Notice From DG REGIO", page.Texts("q#invitation-inviter").Single());

        var stranger = await ApplicantJourney.RegisterAsync(portal, "forwarded-to@city.example", "Stranger");
        Assert.Null((await HtmlPage.GetAsync(stranger.Client, link)).Document.QuerySelector("#invitation"));
    }

    [Fact]
    public async Task UnsolicitedMessages_ToOneAddress_StopAtTheLimitPerHour_WhoeverAsks()
    {
        await ApplicantJourney.RegisterAsync(portal, "flooded@city.example", "Flooded"); // its confirmation link is one
        var client = portal.CreateClient();
        for (var i = 0; i < 7; i++)
        {
            var form = await HtmlPage.GetAsync(client, "/account/forgot-password");
            var answer = await client.SubmitAsync(form, "main form", [Field("Email", i % 2 == 0 ? "flooded@city.example" : "FLOODED@City.example")]);
            Assert.Equal("/account/forgot-password/sent", answer.Response.RequestMessage!.RequestUri!.AbsolutePath);
        }

        await WaitUntilPreparedAsync();
        Assert.Equal(4, await ResetsToAsync("flooded@city.example"));

        // Nor can a team invite the address now; an hour later, it may receive them again.
        var lead = await ApplicantJourney.RegisterAsync(portal, "lead@flood.example", "Flood Lead");
        await lead.CreateAuthorityAsync("Floodville", "DK");
        var refused = await lead.Client.SubmitAsync(await HtmlPage.GetAsync(lead.Client, "/applicant/team"), "#invite-form", [Field("Form.Email", "Flooded@city.example")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("This address has received 5 messages from the portal that it did not ask for in the last hour. Try again later.", refused.Texts("#Form_Email-invalid").Single());

        portal.Clock.Advance(TimeSpan.FromMinutes(61));
        await client.SubmitAsync(await HtmlPage.GetAsync(client, "/account/forgot-password"), "main form", [Field("Email", "flooded@city.example")]);
        await WaitUntilPreparedAsync();
        Assert.Equal(5, await ResetsToAsync("flooded@city.example"));
    }

    private Task<int> ResetsToAsync(string address) =>
        portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == address && m.Kind == "password-reset"));

    private async Task WaitUntilPreparedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await portal.WithDbAsync(db => db.AccountEmailRequests.AnyAsync()))
        {
            Assert.True(DateTime.UtcNow < deadline, "The account e-mail requests were not prepared.");
            await Task.Delay(100);
        }
    }
}
