using System.Net;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Accounts;

/// <summary>
/// A session is not a licence to change credentials: the password, the second factor and the
/// recovery codes change only after the person proves again who they are (password, and a code
/// where two-step sign-in is on). A staff member who turns two-step sign-in off leaves the staff
/// area at once.
/// </summary>
public sealed class ReauthenticationTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync() => await StaffJourney.SeedStaffAsync(_portal, evaluators: 0);

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ACopiedStaffSession_WithoutPasswordAndCode_CannotChangeTheSecondFactor_AndChangesNothing()
    {
        var cookies = new CookieContainer();
        await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail, _portal.CreateClientWithCookies(cookies));
        var thief = _portal.CreateClientWithCookies(SessionEndTests.Copy(cookies));
        _portal.Clock.Advance(TimeSpan.FromMinutes(6));
        var before = await SecondFactorAsync(StaffJourney.ManagerEmail);

        var account = await HtmlPage.GetAsync(thief, "/account");
        var newCodes = await thief.SubmitAsync(account, "form[action='/account/two-factor/recovery-codes']");
        var disabled = await thief.SubmitAsync(account, "form[action='/account/two-factor/disable']");
        var enrol = await HtmlPage.GetAsync(thief, "/account/two-factor");
        var password = await HtmlPage.GetAsync(thief, "/account/password");

        foreach (var refused in new[] { newCodes, disabled, enrol, password })
        {
            Assert.Equal("/account/confirm-identity", refused.Response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Empty(refused.All("#recovery-codes li"));
        }

        Assert.Equal(before, await SecondFactorAsync(StaffJourney.ManagerEmail));
    }

    [Fact]
    public async Task ConfirmIdentity_WithTwoStepSignInOn_NeedsTheCodeAsWellAsThePassword()
    {
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        _portal.Clock.Advance(TimeSpan.FromMinutes(6));
        var confirm = await manager.GetAsync("/account/confirm-identity?returnUrl=%2Faccount");

        var noCode = await manager.Client.SubmitAsync(confirm, "main form", [Field("Form.Password", ICP.Web.Features.Demo.DemoData.Password)]);
        var wrongCode = await manager.Client.SubmitAsync(confirm, "main form", [Field("Form.Password", ICP.Web.Features.Demo.DemoData.Password), Field("Form.Code", "000000")]);
        var wrongPassword = await manager.Client.SubmitAsync(confirm, "main form", [Field("Form.Password", "not-the-password"), Field("Form.Code", StaffJourney.NextCode(_portal))]);

        Assert.Equal("Enter the code.", noCode.Texts("#Form_Code-invalid").Single());
        Assert.Contains("This code is not valid.", wrongCode.Texts("#Form_Code-invalid").Single(), StringComparison.Ordinal);
        Assert.Equal("The password is not correct.", wrongPassword.Texts("#Form_Password-invalid").Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPassword.StatusCode);
        Assert.Equal(2, await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == StaffJourney.ManagerEmail).Select(u => u.AccessFailedCount).SingleAsync()));
        Assert.Equal("/account/confirm-identity", (await manager.GetAsync("/account/password")).Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task StaffMember_WhoConfirmsAndTurnsTwoStepSignInOff_LosesTheStaffAreaAtOnce_AndEveryOtherSession()
    {
        var cookies = new CookieContainer();
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail, _portal.CreateClientWithCookies(cookies));
        var copy = _portal.CreateClientWithCookies(SessionEndTests.Copy(cookies));
        _portal.Clock.Advance(TimeSpan.FromMinutes(6));

        var account = await manager.GetAsync("/account");
        var confirm = await manager.Client.SubmitAsync(account, "form[action='/account/two-factor/disable']");
        var back = await manager.Client.SubmitAsync(confirm, "main form",
            [Field("Form.Password", ICP.Web.Features.Demo.DemoData.Password), Field("Form.Code", StaffJourney.NextCode(_portal))]);
        Assert.Equal("/account", back.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var off = await manager.Client.SubmitAsync(back, "form[action='/account/two-factor/disable']");

        Assert.Equal("off", off.Texts("#two-factor-state").Single());
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        Assert.Equal("/account/login", (await copy.GetAsync(new Uri("/admin", UriKind.Relative))).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == StaffJourney.ManagerEmail).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task ChangePassword_LongAfterSigningIn_AsksForThePasswordFirst_ThenChangesIt()
    {
        var officer = await ApplicantJourney.RegisterAsync(_portal, "reauth@city.example", "Reauth Officer");
        _portal.Clock.Advance(TimeSpan.FromMinutes(6));

        var confirm = await HtmlPage.GetAsync(officer.Client, "/account/password");
        Assert.Equal("/account/confirm-identity", confirm.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Empty(confirm.All("input[name='Form.Code']")); // no second step on this account: the password is all it has
        var form = await officer.Client.SubmitAsync(confirm, "main form", [Field("Form.Password", ApplicantJourney.StrongPassword)]);
        Assert.Equal("/account/password", form.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var changed = await officer.Client.SubmitAsync(form, "main form", [Field("NewPassword", "Silver-Harbour-Kites-61"), Field("ConfirmPassword", "Silver-Harbour-Kites-61")]);

        Assert.Equal("/account", changed.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var signedIn = await officer.SignInAsync("Silver-Harbour-Kites-61");
        Assert.Equal("/applicant", signedIn.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>Everything that makes up an account's second factor, as stored.</summary>
    private Task<string> SecondFactorAsync(string email) =>
        _portal.WithDbAsync(async db =>
        {
            var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.TwoFactorEnabled }).SingleAsync();
            var tokens = await db.UserTokens.Where(t => t.UserId == user.Id).OrderBy(t => t.Name).Select(t => t.Name + "=" + t.Value).ToListAsync();
            Assert.Contains(tokens, t => t.StartsWith("RecoveryCodes=", StringComparison.Ordinal) || t.StartsWith("AuthenticatorKey=", StringComparison.Ordinal));
            return $"{user.TwoFactorEnabled}|{string.Join('|', tokens)}";
        });
}
