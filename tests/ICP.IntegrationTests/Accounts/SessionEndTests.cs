using System.Net;
using ICP.Testing;
using ICP.Web.Features.Accounts;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Accounts;

/// <summary>
/// A session ends when its person says so, everywhere: signing out, changing the password or the
/// second factor leave no other session open, however its cookie was kept (another browser, a copy
/// taken by someone else, another instance of the portal).
/// </summary>
public sealed class SessionEndTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SignOut_ACopyOfTheSessionCookieTakenBefore_NoLongerOpensTheApplicantArea()
    {
        var cookies = new CookieContainer();
        var owner = await ApplicantJourney.RegisterAsync(portal, "signout@city.example", "Sign Out", portal.CreateClientWithCookies(cookies));
        var copy = portal.CreateClientWithCookies(Copy(cookies));
        Assert.Equal("/applicant", await LandingPathAsync(copy, "/applicant"));

        await owner.Client.SubmitAsync(await HtmlPage.GetAsync(owner.Client, "/applicant"), "form.icp-logout");

        Assert.Equal("/account/login", await LandingPathAsync(copy, "/applicant"));
        Assert.Equal("/account/login", await LandingPathAsync(owner.Client, "/applicant"));
    }

    [Fact]
    public async Task PasswordChange_EndsEveryOtherSession_AndKeepsThisOne()
    {
        var cookies = new CookieContainer();
        var owner = await ApplicantJourney.RegisterAsync(portal, "newpassword@city.example", "New Password", portal.CreateClientWithCookies(cookies));
        var copy = portal.CreateClientWithCookies(Copy(cookies));
        var laptop = await SignInElsewhereAsync("newpassword@city.example", ApplicantJourney.StrongPassword);

        var changed = await owner.Client.SubmitAsync(await HtmlPage.GetAsync(owner.Client, "/account/password"), "main form",
            [Field("NewPassword", "Amber-Valley-Stones-58"), Field("ConfirmPassword", "Amber-Valley-Stones-58")]);

        Assert.Equal("/account", changed.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your password was changed.", changed.MainText, StringComparison.Ordinal);
        Assert.Equal("/applicant", await LandingPathAsync(owner.Client, "/applicant"));
        Assert.Equal("/account/login", await LandingPathAsync(copy, "/applicant"));
        Assert.Equal("/account/login", await LandingPathAsync(laptop, "/applicant"));
        await SignInElsewhereAsync("newpassword@city.example", "Amber-Valley-Stones-58");
    }

    [Fact]
    public async Task TurningOnTwoStepSignIn_EndsEveryOtherSession_AndKeepsThisOne()
    {
        var owner = await ApplicantJourney.RegisterAsync(portal, "twostep-sessions@city.example", "Two Step");
        var laptop = await SignInElsewhereAsync("twostep-sessions@city.example", ApplicantJourney.StrongPassword);
        var setup = await HtmlPage.GetAsync(owner.Client, "/account/two-factor");
        var key = Totp.FromBase32(setup.Texts("#shared-key").Single());

        var enabled = await owner.Client.SubmitAsync(setup, "main form", [Field("Form.Code", Totp.Code(key, Totp.TimeStep(portal.Clock.GetUtcNow())))]);

        Assert.Equal(10, enabled.All("#recovery-codes li").Count);
        Assert.Equal("/applicant", await LandingPathAsync(owner.Client, "/applicant"));
        Assert.Equal("/account/login", await LandingPathAsync(laptop, "/applicant"));
    }

    [Fact]
    public async Task SignOutEverywhere_OnTheAccountPage_EndsEverySessionOfTheAccount()
    {
        var owner = await ApplicantJourney.RegisterAsync(portal, "everywhere@city.example", "Everywhere");
        var laptop = await SignInElsewhereAsync("everywhere@city.example", ApplicantJourney.StrongPassword);
        var account = await HtmlPage.GetAsync(owner.Client, "/account");

        await owner.Client.SubmitAsync(account, "#sign-out-everywhere");

        Assert.Equal("/account/login", await LandingPathAsync(owner.Client, "/applicant"));
        Assert.Equal("/account/login", await LandingPathAsync(laptop, "/applicant"));
    }

    [Fact]
    public async Task SignOut_OnOneInstance_EndsTheSessionOnAnotherInstanceOfTheSameDatabase()
    {
        await using var first = new PortalFactory();
        var cookies = new CookieContainer();
        var owner = await ApplicantJourney.RegisterAsync(first, "two-instances@city.example", "Two Instances", first.CreateClientWithCookies(cookies));
        await using var second = new PortalFactory().WithSetting("ConnectionStrings:Default", $"Data Source={first.DatabasePath}");
        var onSecond = second.CreateClientWithCookies(Copy(cookies));
        Assert.Equal("/applicant", await LandingPathAsync(onSecond, "/applicant"));

        await owner.Client.SubmitAsync(await HtmlPage.GetAsync(owner.Client, "/applicant"), "form.icp-logout");

        Assert.Equal("/account/login", await LandingPathAsync(onSecond, "/applicant"));
    }

    private async Task<HttpClient> SignInElsewhereAsync(string email, string password)
    {
        var client = portal.CreateClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var landed = await client.SubmitAsync(login, "main form", [Field("Form.Email", email), Field("Form.Password", password)]);
        Assert.Equal("/applicant", landed.Response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    private static async Task<string> LandingPathAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.RequestMessage!.RequestUri!.AbsolutePath;
    }

    /// <summary>What someone who copied the cookies would hold.</summary>
    internal static CookieContainer Copy(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        return copy;
    }
}
