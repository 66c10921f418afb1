using System.Net;
using ICP.Infrastructure.Identity;
using ICP.Testing;
using ICP.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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

    [Theory]
    [InlineData("o'brien@dublincity.ie")]
    [InlineData("élodie@ville.example")]
    public async Task Register_AddressWithAnApostropheOrAnAccent_IsAccepted_AndSignsInOnceConfirmed(string email)
    {
        await ApplicantJourney.RegisterAsync(portal, email, "Valid Address");
        var client = portal.CreateClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");

        var signedIn = await client.SubmitAsync(login, "main form", [Field("Form.Email", email), Field("Form.Password", ApplicantJourney.StrongPassword)]);

        Assert.Equal("/applicant", signedIn.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(email, await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.UserName).SingleAsync()));
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

        Assert.Equal("The e-mail address or the password is not correct, or the address is not confirmed yet. After 5 failed attempts, the account is locked for 15 minutes.", unconfirmed);
        Assert.Equal(unconfirmed, wrongPassword);
        Assert.Equal(unconfirmed, unknown);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_RefuseEvenTheRightPasswordFromThatNetwork_WithTheAnswerAnUnknownAddressGets()
    {
        await ApplicantJourney.RegisterAsync(portal, "lockout@city.example", "Locked Out");
        var owner = portal.CreateClient();
        var stranger = portal.CreateClient();
        static async Task<HtmlPage> SignInAsync(HttpClient client, string email, string password)
        {
            var login = await HtmlPage.GetAsync(client, "/account/login");
            return await client.SubmitAsync(login, "main form", [Field("Form.Email", email), Field("Form.Password", password)]);
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var known = await SignInAsync(owner, "lockout@city.example", "wrong-password-" + attempt);
            var unknown = await SignInAsync(stranger, "nobody-locked@city.example", "wrong-password-" + attempt);
            Assert.Equal(unknown.Response.RequestMessage!.RequestUri!.AbsolutePath, known.Response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Equal(unknown.MainText, known.MainText);
        }

        var locked = await SignInAsync(owner, "lockout@city.example", ApplicantJourney.StrongPassword);
        var stillUnknown = await SignInAsync(stranger, "nobody-locked@city.example", ApplicantJourney.StrongPassword);

        Assert.Equal("/account/login", locked.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(
            "The e-mail address or the password is not correct, or the address is not confirmed yet. After 5 failed attempts, the account is locked for 15 minutes.",
            locked.Texts("#form-errors li").Single());
        Assert.Equal(stillUnknown.MainText, locked.MainText);
        Assert.Equal("/account/login", (await HtmlPage.GetAsync(owner, "/applicant")).Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(5, await portal.WithDbAsync(db => db.SignInFailures.CountAsync(f => f.Account == "LOCKOUT@CITY.EXAMPLE")));
    }

    [Fact]
    public async Task SignIn_UnknownAddress_ChecksAPasswordJustAsAKnownOneDoes()
    {
        await using var counting = new PasswordCheckCountingPortal();
        await ApplicantJourney.RegisterAsync(counting, "counted@city.example", "Counted");
        async Task<int> PasswordChecksForAsync(string email)
        {
            var client = counting.CreateClient();
            var login = await HtmlPage.GetAsync(client, "/account/login");
            var before = counting.PasswordChecks;
            await client.SubmitAsync(login, "main form", [Field("Form.Email", email), Field("Form.Password", "not-the-right-password")]);
            return counting.PasswordChecks - before;
        }

        var checks = new List<int>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            checks.Add(await PasswordChecksForAsync("counted@city.example"));
        }

        var unknown = await PasswordChecksForAsync("nobody-counted@city.example");

        // Five wrong passwords, then a sixth attempt on the locked account: each checks one password, as for an unknown address.
        Assert.Equal([1, 1, 1, 1, 1, 1], checks);
        Assert.Equal(1, unknown);
    }

    /// <summary>The portal with a password hasher that counts the passwords it checks.</summary>
    private sealed class PasswordCheckCountingPortal : PortalFactory
    {
        private int _passwordChecks;

        public int PasswordChecks => Volatile.Read(ref _passwordChecks);

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddScoped<IPasswordHasher<PortalUser>>(provider => new CountingHasher(
                new PasswordHasher<PortalUser>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()),
                () => Interlocked.Increment(ref _passwordChecks)));

        private sealed class CountingHasher(IPasswordHasher<PortalUser> inner, Action checkedOne) : IPasswordHasher<PortalUser>
        {
            public string HashPassword(PortalUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
            {
                checkedOne();
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
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

    [Fact]
    public async Task ResetPassword_EmptyAddress_AsksForIt_InThePortalsWords()
    {
        var client = portal.CreateClient();
        var reset = await HtmlPage.GetAsync(client, "/account/reset-password?email=&code=abc");

        var answer = await client.SubmitAsync(reset, "main form", [
            Field("Email", string.Empty), Field("Password", "Copper-Meadow-Sails-42"), Field("ConfirmPassword", "Copper-Meadow-Sails-42")]);

        Assert.Equal("Enter your e-mail address.", answer.Texts("#Email-invalid").Single());
        Assert.DoesNotContain("'Email'", answer.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OverlongAddressOrPassword_SaysTheLimit_InThePortalsWords()
    {
        var client = portal.CreateClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");

        var answer = await client.SubmitAsync(login, "main form", [
            Field("Form.Email", new string('a', 250) + "@city.example"), Field("Form.Password", new string('p', 129))]);

        Assert.Equal("Use at most 256 characters.", answer.Texts("#Form_Email-invalid").Single());
        Assert.Equal("Use at most 128 characters.", answer.Texts("#Form_Password-invalid").Single());
    }
}
