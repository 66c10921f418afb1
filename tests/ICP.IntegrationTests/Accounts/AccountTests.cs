using System.Net;
using ICP.Testing;
using ICP.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Accounts;

public sealed class AccountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Register_AddressAlreadyRegistered_AnswersAsForANewOne_AndWarnsTheOwnerByEmail()
    {
        await ApplicantJourney.RegisterAsync(portal, "taken@city.example", "First Owner");
        var stranger = portal.CreateClient();
        var form = await HtmlPage.GetAsync(stranger, "/account/register");

        var answer = await stranger.SubmitAsync(form, "main form", [
            Field("DisplayName", "Someone Else"), Field("Email", "taken@city.example"), Field("Password", "Quiet-Harbour-Lamp-7"),
            Field("ConfirmPassword", "Quiet-Harbour-Lamp-7"), Field("AcceptPrivacy", "true")]);

        Assert.Equal("/account/register/check-email", answer.Response.RequestMessage!.RequestUri!.AbsolutePath);
        await portal.Mailbox.WaitForAsync("taken@city.example", "Someone tried to register with your e-mail address");
        Assert.Equal(1, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "taken@city.example")));
        Assert.Equal("First Owner", await portal.WithDbAsync(db => db.Users.Where(u => u.Email == "taken@city.example").Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Register_CommonPassword_IsRefusedAlike_ForAKnownAndANewAddress()
    {
        await ApplicantJourney.RegisterAsync(portal, "known-weak@city.example", "Known Owner");

        async Task<HtmlPage> RegisterAsync(string email)
        {
            var client = portal.CreateClient();
            var form = await HtmlPage.GetAsync(client, "/account/register");
            return await client.SubmitAsync(form, "main form", [
                Field("DisplayName", "Someone"), Field("Email", email), Field("Password", "password1234"),
                Field("ConfirmPassword", "password1234"), Field("AcceptPrivacy", "true")]);
        }

        var known = await RegisterAsync("known-weak@city.example");
        var unknown = await RegisterAsync("new-weak@city.example");

        Assert.Equal("/account/register", known.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("This password is too common or too easy to guess.", known.Texts("#Password-invalid").Single(), StringComparison.Ordinal);
        Assert.Equal(unknown.MainText, known.MainText);
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "known-weak@city.example" && m.Kind == "account-exists")));
    }

    [Theory]
    [InlineData("password1234", "This password is too common or too easy to guess.")]
    [InlineData("qwertyuiopasdf", "This password is too common or too easy to guess.")]
    [InlineData("Short-pass1", "Use at least 12 characters.")]
    public async Task Register_WeakPassword_IsRefusedWithAClearMessage_AndNoAccountIsMade(string password, string message)
    {
        var client = portal.CreateClient();
        var form = await HtmlPage.GetAsync(client, "/account/register");
        var email = $"weak-{Guid.NewGuid():N}@city.example";

        var answer = await client.SubmitAsync(form, "main form", [
            Field("DisplayName", "Weak Password"), Field("Email", email), Field("Password", password),
            Field("ConfirmPassword", password), Field("AcceptPrivacy", "true")]);

        Assert.Contains(message, answer.Texts("#Password-invalid").Single(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Register_LongPassphraseWithoutDigitsOrCapitals_IsAccepted()
    {
        var client = portal.CreateClient();
        var form = await HtmlPage.GetAsync(client, "/account/register");

        var answer = await client.SubmitAsync(form, "main form", [
            Field("DisplayName", "Passphrase User"), Field("Email", "passphrase@city.example"), Field("Password", "orange kettle under moonlit bridges"),
            Field("ConfirmPassword", "orange kettle under moonlit bridges"), Field("AcceptPrivacy", "true")]);

        Assert.Equal("/account/register/check-email", answer.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_UnconfirmedAddress_WrongPassword_UnknownAddress_AllGetTheSameAnswer()
    {
        var client = portal.CreateClient();
        var register = await HtmlPage.GetAsync(client, "/account/register");
        await client.SubmitAsync(register, "main form", [
            Field("DisplayName", "Not Confirmed"), Field("Email", "unconfirmed@city.example"), Field("Password", ApplicantJourney.StrongPassword),
            Field("ConfirmPassword", ApplicantJourney.StrongPassword), Field("AcceptPrivacy", "true")]);
        await ApplicantJourney.RegisterAsync(portal, "confirmed@city.example", "Confirmed");

        async Task<string> SignInAsync(string email, string password)
        {
            var fresh = portal.CreateClient();
            var login = await HtmlPage.GetAsync(fresh, "/account/login");
            var answer = await fresh.SubmitAsync(login, "main form", [Field("Form.Email", email), Field("Form.Password", password)]);
            return answer.Texts("#form-errors li").Single();
        }

        var unconfirmed = await SignInAsync("unconfirmed@city.example", ApplicantJourney.StrongPassword);
        var wrongPassword = await SignInAsync("confirmed@city.example", "not-the-right-password");
        var unknown = await SignInAsync("nobody@city.example", ApplicantJourney.StrongPassword);

        Assert.Equal("The e-mail address or the password is not correct, or the address is not confirmed yet.", unconfirmed);
        Assert.Equal(unconfirmed, wrongPassword);
        Assert.Equal(unconfirmed, unknown);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        var journey = await ApplicantJourney.RegisterAsync(portal, "lockout@city.example", "Locked Out");
        await journey.Client.PostAsync(new Uri("/account/logout", UriKind.Relative), null);
        var client = portal.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var login = await HtmlPage.GetAsync(client, "/account/login");
            await client.SubmitAsync(login, "main form", [Field("Form.Email", "lockout@city.example"), Field("Form.Password", "wrong-password-" + attempt)]);
        }

        var page = await HtmlPage.GetAsync(client, "/account/login");
        var answer = await client.SubmitAsync(page, "main form", [Field("Form.Email", "lockout@city.example"), Field("Form.Password", ApplicantJourney.StrongPassword)]);

        Assert.Equal("/account/lockout", answer.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(answer.Document.QuerySelector("#locked-out"));
    }

    [Fact]
    public async Task ForgotPassword_SameAnswerForAnyAddress_AndTheEmailedLinkSetsANewPassword()
    {
        var journey = await ApplicantJourney.RegisterAsync(portal, "forgetful@city.example", "Forgetful");
        var client = portal.CreateClient();

        var known = await client.SubmitAsync(await HtmlPage.GetAsync(client, "/account/forgot-password"), "main form", [Field("Email", "forgetful@city.example")]);
        var unknown = await client.SubmitAsync(await HtmlPage.GetAsync(client, "/account/forgot-password"), "main form", [Field("Email", "nobody-here@city.example")]);

        Assert.Equal(known.MainText, unknown.MainText);
        var mail = await portal.Mailbox.WaitForAsync("forgetful@city.example", "Choose a new password for the ICP portal");
        var reset = await HtmlPage.GetAsync(client, Mailbox.LinkIn(mail, "/account/reset-password").PathAndQuery);
        var done = await client.SubmitAsync(reset, "main form", [Field("Password", "Copper-Meadow-Sails-42"), Field("ConfirmPassword", "Copper-Meadow-Sails-42")]);
        Assert.Equal("/account/reset-password/done", done.Response.RequestMessage!.RequestUri!.AbsolutePath);

        var fresh = portal.CreateClient();
        var login = await HtmlPage.GetAsync(fresh, "/account/login");
        var signedIn = await fresh.SubmitAsync(login, "main form", [Field("Form.Email", "forgetful@city.example"), Field("Form.Password", "Copper-Meadow-Sails-42")]);
        Assert.Equal("/applicant", signedIn.Response.RequestMessage!.RequestUri!.AbsolutePath);
        await portal.Mailbox.WaitForAsync("forgetful@city.example", "Your ICP portal password was changed");
        Assert.NotNull(journey);
    }

    [Fact]
    public async Task TwoFactor_CodeFromTheAuthenticatorSignsIn_ButTheSameCodeWorksOnlyOnce()
    {
        var journey = await ApplicantJourney.RegisterAsync(portal, "twofactor@city.example", "Two Factor");
        var setup = await HtmlPage.GetAsync(journey.Client, "/account/two-factor");
        var key = Totp.FromBase32(setup.Texts("#shared-key").Single());
        Assert.StartsWith("data:image/svg+xml;base64,", setup.Element("img.icp-qr").GetAttribute("src"), StringComparison.Ordinal);
        var enabled = await journey.Client.SubmitAsync(setup, "main form", [Field("Form.Code", Totp.Code(key, Totp.TimeStep(portal.Clock.GetUtcNow())))]);
        Assert.Equal(10, enabled.All("#recovery-codes li").Count);

        // A new code (the next 30-second step) signs in; the same code a second time does not.
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = Totp.Code(key, Totp.TimeStep(portal.Clock.GetUtcNow()));
        async Task<HtmlPage> SignInWithCodeAsync()
        {
            var client = portal.CreateClient();
            var login = await HtmlPage.GetAsync(client, "/account/login");
            var second = await client.SubmitAsync(login, "main form", [Field("Form.Email", "twofactor@city.example"), Field("Form.Password", ApplicantJourney.StrongPassword)]);
            Assert.Equal("/account/login/two-factor", second.Response.RequestMessage!.RequestUri!.AbsolutePath);
            return await client.SubmitAsync(second, "main form", [Field("Form.Code", code)]);
        }

        var first = await SignInWithCodeAsync();
        var replay = await SignInWithCodeAsync();

        Assert.Equal("/applicant", first.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/account/login/two-factor", replay.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("can be used once", replay.Texts("#Form_Code-invalid").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicantArea_WithoutSigningIn_SendsToTheSignInPage()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/applicant");

        Assert.Equal("/account/login", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?returnUrl=%2Fapplicant", page.Response.RequestMessage.RequestUri.Query);
    }

    [Fact]
    public async Task AccountPosts_WithoutTheAntiforgeryToken_AreRefused()
    {
        var client = portal.CreateClient();

        var response = await client.PostAsync(new Uri("/account/register", UriKind.Relative), new FormUrlEncodedContent([
            new("DisplayName", "Forged"), new("Email", "forged@city.example"), new("Password", ApplicantJourney.StrongPassword),
            new("ConfirmPassword", ApplicantJourney.StrongPassword), new("AcceptPrivacy", "true")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "forged@city.example")));
    }
}
